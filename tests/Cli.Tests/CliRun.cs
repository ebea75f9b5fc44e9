namespace Integration.Cli.Tests;

/// <summary>Runs the <c>integration</c> command in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, Xunit.TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}

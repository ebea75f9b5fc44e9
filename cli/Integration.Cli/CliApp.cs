using System.CommandLine;
using Integration.Cli.Plans;

namespace Integration.Cli;

/// <summary>The <c>integration</c> command line: its verbs and exit codes, runnable in-process.</summary>
internal static class CliApp
{
    /// <summary>Exit code: everything checked is fine.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the command ran and found a problem (an invalid plan, a missing file).</summary>
    public const int Failure = 1;

    /// <summary>Exit code: the command line itself is wrong (unknown verb or option, missing argument).</summary>
    public const int UsageError = 2;

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Operate the zero-downtime SaaS migration and sync service.");
        root.Subcommands.Add(PlanCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}".AsMemory(), cancellationToken);
            }

            await error.WriteLineAsync($"Run '{HelpCommandLine(parseResult)} --help' for usage.".AsMemory(), cancellationToken);
            return UsageError;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static string HelpCommandLine(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "integration" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}

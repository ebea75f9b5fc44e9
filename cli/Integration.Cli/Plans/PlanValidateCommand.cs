using System.CommandLine;
using Integration.Plans.Loading;

namespace Integration.Cli.Plans;

/// <summary>
/// <c>integration plan validate &lt;files…&gt; [--json]</c>: checks plan files against the schema and
/// the semantic rules, printing every problem as <c>file:line:col: path: message</c>.
/// </summary>
internal static class PlanValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Plan files to validate.",
            Arity = ArgumentArity.OneOrMore,
        };
        // The argument would swallow a misspelt option as a file name; "./-file.json" names such a file.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var json = new Option<bool>("--json")
        {
            Description = "Print a JSON array with one result per file (diagnostics, or the plan version).",
        };
        var command = new Command("validate", "Validate plan files against the plan schema and rules.") { files, json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(files) ?? [],
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var results = new List<PlanLoadResult>();
        foreach (var file in files)
        {
            results.Add(await PlanLoader.LoadFileAsync(file, cancellationToken));
        }

        if (json)
        {
            await PlanValidationJson.WriteAsync(output, results, cancellationToken);
        }
        else
        {
            foreach (var result in results)
            {
                await WriteTextAsync(output, result, cancellationToken);
            }
        }

        return results.TrueForAll(r => r.IsValid) ? CliApp.Success : CliApp.Failure;
    }

    private static async Task WriteTextAsync(TextWriter output, PlanLoadResult result, CancellationToken cancellationToken)
    {
        if (result.IsValid)
        {
            await output.WriteLineAsync($"{result.File}: valid (plan '{result.Plan.Name}', version {result.Version})".AsMemory(), cancellationToken);
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            await output.WriteLineAsync(diagnostic.ToString().AsMemory(), cancellationToken);
        }
    }
}

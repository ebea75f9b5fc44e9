using System.Text.Json;
using System.Text.RegularExpressions;

namespace Integration.Cli.Tests.Plans;

public sealed class PlanValidateCommandTests : IDisposable
{
    private const string InvalidPlan = """
        {
          "name": "broken",
          "systems": { "sf": { "kind": "salesforce", "connection": "Sf" } },
          "mappings": [
            {
              "name": "accounts",
              "source": { "system": "sf", "object": "Account" },
              "destination": { "system": "hs", "object": "companies" },
              "sourceOfTruth": "sf",
              "fields": [ { "source": "Name", "destination": "name" } ]
            }
          ],
          "reconciliation": {
            "schedule": "0 0 */6 * * *",
            "thresholds": { "rowCountVariance": 0, "sumVariancePercent": 0, "dateMinMaxExact": true, "rowHashMatchRate": 1 }
          },
          "rollbackWindow": { "kind": "saas" }
        }
        """;

    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Validate_of_valid_examples_prints_name_and_version_and_exits_0()
    {
        var example = PlanFiles.Example("salesforce-to-hubspot.json");

        var run = await CliRun.RunAsync("plan", "validate", example);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($"^{Regex.Escape(example)}: valid \\(plan 'acme-salesforce-to-hubspot', version sha256:[0-9a-f]{{64}}\\)$", Assert.Single(run.OutputLines));
    }

    [Fact]
    public async Task Validate_of_invalid_plan_prints_file_line_column_path_message_and_exits_1()
    {
        var path = _files.Write("broken.json", InvalidPlan);

        var run = await CliRun.RunAsync("plan", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{path}:8:24: $.mappings[0].destination.system: system 'hs' is not declared in $.systems (hint: declared: sf)",
            Assert.Single(run.OutputLines));
    }

    [Fact]
    public async Task Validate_of_valid_and_invalid_files_reports_both_and_exits_1()
    {
        var broken = _files.Write("broken.json", InvalidPlan);

        var run = await CliRun.RunAsync("plan", "validate", PlanFiles.Example("netsuite-salesforce-two-way.json"), broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Contains(": valid (plan 'globex-netsuite-salesforce-customers'", run.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{broken}:8:24: ", run.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_missing_file_says_so_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var run = await CliRun.RunAsync("plan", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}:1:1: $: file not found", Assert.Single(run.OutputLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plan")]
    [InlineData("plan validate")]
    [InlineData("plan validate --strict a.json")]
    [InlineData("plan check a.json")]
    public async Task Command_line_usage_error_prints_to_stderr_and_exits_2(string commandLine)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("--help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_with_json_prints_a_parsable_array_with_diagnostics_and_versions()
    {
        var broken = _files.Write("broken.json", InvalidPlan);

        var run = await CliRun.RunAsync("plan", "validate", "--json", PlanFiles.Example("salesforce-to-hubspot.json"), broken);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var results = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.True(results[0].GetProperty("valid").GetBoolean());
        Assert.Matches("^sha256:[0-9a-f]{64}$", results[0].GetProperty("version").GetString());
        Assert.Equal(0, results[0].GetProperty("diagnostics").GetArrayLength());
        var diagnostic = Assert.Single(results[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            (broken, 8, 24, "$.mappings[0].destination.system", "PLAN201", "system 'hs' is not declared in $.systems", "declared: sf"),
            (diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(),
             diagnostic.GetProperty("path").GetString(), diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("message").GetString(),
             diagnostic.GetProperty("hint").GetString()));
    }

    [Fact]
    public async Task Validate_with_json_of_valid_file_exits_0()
    {
        var run = await CliRun.RunAsync("plan", "validate", PlanFiles.Example("netsuite-salesforce-two-way.json"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("globex-netsuite-salesforce-customers", document.RootElement[0].GetProperty("plan").GetString());
    }
}

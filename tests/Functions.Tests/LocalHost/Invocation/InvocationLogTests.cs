using System.Text.RegularExpressions;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.Functions.Tests.LocalHost.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Invocation;

public sealed class InvocationLogTests
{
    [Fact]
    public async Task Invocation_logs_Executing_and_Executed_in_a_scope_with_function_name_and_invocation_id()
    {
        var logs = new CapturedLogs();
        await using (var host = await TestLocalHost.StartAsync([typeof(KeyedHttpFunctions)], new Dictionary<string, string?>(), s => s.AddSingleton<ILoggerProvider>(logs)))
        {
            using var client = host.CreateClient();
            await client.GetStringAsync("/api/OpenFunction", TestContext.Current.CancellationToken);
        }

        var lines = logs.Entries.Where(e => e.Category == "Function.OpenFunction").ToList();
        Assert.Equal(2, lines.Count);
        var id = Assert.IsType<Guid>(lines[0].Scope("InvocationId"));
        Assert.Equal($"Executing 'Functions.OpenFunction' (Reason='This function was programmatically called via the host APIs.', Id={id})", lines[0].Message);
        Assert.Matches(new Regex($@"^Executed 'Functions\.OpenFunction' \(Succeeded, Id={id}, Duration=\d+ms\)$"), lines[1].Message);
        Assert.All(lines, l => Assert.Equal(("OpenFunction", (object)id), (l.Scope("FunctionName"), l.Scope("InvocationId")!)));
    }

    [Theory]
    [InlineData("Information", 2)]
    [InlineData("Warning", 0)]
    public async Task Host_json_log_level_filters_function_logs(string level, int expectedLines)
    {
        var logs = new CapturedLogs();
        var settings = new Dictionary<string, string?> { ["AzureFunctionsJobHost:logging:logLevel:Function"] = level };
        await using (var host = await TestLocalHost.StartAsync([typeof(KeyedHttpFunctions)], settings, s => s.AddSingleton<ILoggerProvider>(logs)))
        {
            using var client = host.CreateClient();
            await client.GetStringAsync("/api/OpenFunction", TestContext.Current.CancellationToken);
        }

        Assert.Equal(expectedLines, logs.Entries.Count(e => e.Category == "Function.OpenFunction"));
    }
}

using System.Net.Http.Json;

namespace Integration.Sandbox.Tests.Salesforce.Control;

public sealed class FaultInjectionTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData(503, null, 503, "SERVER_UNAVAILABLE")]
    [InlineData(400, "UNABLE_TO_LOCK_ROW", 400, "UNABLE_TO_LOCK_ROW")]
    public async Task Fault_rule_with_rate_one_fails_matching_calls_in_salesforce_shape(int status, string? code, int expectedStatus, string expectedCode)
    {
        var org = await sandbox.NewOrgAsync();
        await ConfigureAsync(org, new { rate = 1.0, status, errorCode = code, pathContains = "/sobjects/" });

        var (faulted, body) = await org.CallAsync(HttpMethod.Post, "sobjects/Account", new System.Text.Json.Nodes.JsonObject { ["Name"] = "x" });
        var (unmatched, _) = await org.CallAsync(HttpMethod.Get, "limits");
        using var cleared = await org.Control.DeleteAsync($"{org.ControlPath}/faults", TestContext.Current.CancellationToken);
        var (after, _) = await org.CallAsync(HttpMethod.Post, "sobjects/Account", new System.Text.Json.Nodes.JsonObject { ["Name"] = "x" });

        Assert.Equal((expectedStatus, expectedCode), (faulted, (string?)body![0]!["errorCode"]));
        Assert.Equal((200, 201), (unmatched, after));
        Assert.Equal(1, (int?)(await org.QueryAsync("SELECT COUNT() FROM Account"))["totalSize"]);
    }

    [Fact]
    public async Task Record_scoped_fault_fails_single_records_of_a_collection_with_UNABLE_TO_LOCK_ROW()
    {
        var org = await sandbox.NewOrgAsync();
        await ConfigureAsync(org, new { rate = 0.5, scope = "Record" }, seed: 3);
        var records = new System.Text.Json.Nodes.JsonArray([.. Enumerable.Range(0, 40).Select(i => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
        {
            ["attributes"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Account" },
            ["Name"] = $"n{i}",
        })]);

        var (status, results) = await org.CallAsync(HttpMethod.Post, "composite/sobjects", new System.Text.Json.Nodes.JsonObject { ["allOrNone"] = false, ["records"] = records });
        var locked = results!.AsArray().Count(r => (string?)r!["errors"]!.AsArray().FirstOrDefault()?["statusCode"] == "UNABLE_TO_LOCK_ROW");
        var created = results.AsArray().Count(r => (bool)r!["success"]!);
        var count = await org.QueryAsync("SELECT COUNT() FROM Account");

        Assert.Equal(200, status);
        Assert.Equal(40, locked + created);
        Assert.InRange(locked, 5, 35);
        Assert.Equal(created, (int?)count["totalSize"]);
    }

    [Fact]
    public async Task Fault_sequence_repeats_for_the_same_seed()
    {
        var org = await sandbox.NewOrgAsync();

        var first = await SequenceAsync(org);
        var second = await SequenceAsync(org);

        Assert.Equal(first, second);
        Assert.Contains("503", first, StringComparison.Ordinal);
        Assert.Contains("200", first, StringComparison.Ordinal);
    }

    private static async Task<string> SequenceAsync(SalesforceTestOrg org)
    {
        await ConfigureAsync(org, new { rate = 0.5, status = 503 }, seed: 7);
        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await org.CallAsync(HttpMethod.Get, "limits")).Status);
        }

        return string.Join(",", statuses);
    }

    private static async Task ConfigureAsync(SalesforceTestOrg org, object rule, int seed = 0)
    {
        using var response = await org.Control.PutAsJsonAsync($"{org.ControlPath}/faults", new { seed, rules = new[] { rule } }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"configuring faults answered {(int)response.StatusCode}");
    }
}

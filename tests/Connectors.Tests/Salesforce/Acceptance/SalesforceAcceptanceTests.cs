using System.Diagnostics;
using System.Text.Json;
using Integration.Connectors.Tests.Sandboxes;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>Issue 3's "done when" checks that need no CDC, through the connector against the Salesforce sandbox.</summary>
[Trait("Category", "Acceptance")]
public sealed class SalesforceAcceptanceTests(SandboxFixture sandbox, ITestOutputHelper output) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Streaming_50k_seeded_accounts_yields_the_sandbox_count_with_no_duplicate_ids()
    {
        const int accounts = 50_000;
        await using var tenant = await sandbox.NewSalesforceTenantAsync();
        await tenant.SeedAccountsAsync(accounts);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var streamed = 0;
        var clock = Stopwatch.StartNew();

        await foreach (var record in tenant.Connector.Reader.StreamAsync("Account", ["Name", "External_Id__c"], new RecordStreamOptions(), TestContext.Current.CancellationToken))
        {
            streamed++;
            ids.Add(record.Id);
        }

        output.WriteLine($"Streamed {streamed} accounts in {clock.Elapsed.TotalSeconds:F2} s ({streamed / clock.Elapsed.TotalSeconds:F0}/s).");
        Assert.Equal(await tenant.LiveCountAsync("Account"), streamed);
        Assert.Equal(accounts, streamed);
        Assert.Equal(streamed, ids.Count);
    }

    [Fact]
    public async Task Upsert_of_20k_under_10pct_503_and_5pct_UNABLE_TO_LOCK_ROW_has_zero_failed_and_zero_duplicated_records()
    {
        const int count = 20_000;
        await using var tenant = await sandbox.NewSalesforceTenantAsync();
        await tenant.SetFaultsAsync(
            2026,
            new { rate = 0.10, status = 503, pathContains = "/services/data/" },
            new { rate = 0.05, errorCode = "UNABLE_TO_LOCK_ROW", scope = "Record" });
        var upserts = Enumerable.Range(0, count)
            .Select(i => new RecordUpsert($"EXT-{i:D6}", new Dictionary<string, JsonElement> { ["Name"] = JsonSerializer.SerializeToElement($"Account {i}") }))
            .ToList();
        var clock = Stopwatch.StartNew();

        var results = await tenant.Connector.Writer.UpsertAsync("Account", "External_Id__c", upserts, WriteLane.Bulk, TestContext.Current.CancellationToken);

        clock.Stop();
        var calls = await tenant.ApiUsageAsync();
        await tenant.ClearFaultsAsync();
        var failed = results.Where(r => !r.Succeeded).ToList();
        var distinct = await tenant.QueryAsync("SELECT COUNT_DISTINCT(External_Id__c) FROM Account");
        var total = await tenant.QueryAsync("SELECT COUNT() FROM Account");
        output.WriteLine($"Upserted {count} accounts under faults in {clock.Elapsed.TotalSeconds:F2} s ({count / clock.Elapsed.TotalSeconds:F0}/s); failed {failed.Count}; {calls} API calls (100 collection calls without faults).");
        Assert.True(calls > (count / 200) + 5, $"only {calls} API calls: the injected faults did not fire");
        Assert.True(failed.Count == 0, $"{failed.Count} records failed; first: {failed.FirstOrDefault()?.Failure}");
        Assert.Equal(count, await tenant.LiveCountAsync("Account"));
        Assert.Equal(count, total.GetProperty("totalSize").GetInt32());
        Assert.Equal(count, distinct.GetProperty("records")[0].GetProperty("expr0").GetInt32());
        Assert.Equal(count, results.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }
}

using System.Text.Json.Nodes;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>A host stopped while the pipeline is busy, and a second host on the same storage, lose nothing.</summary>
public sealed class RestartTests(AzuriteFixture azurite)
{
    private const int FirstWave = 8;

    [Fact]
    public async Task Host_stopped_mid_stream_and_restarted_on_the_same_storage_leaves_both_sides_equal()
    {
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(TestContext.Current.CancellationToken);
        var accounts = new List<string>();
        for (var n = 0; n < FirstWave; n++)
        {
            accounts.Add(await rig.Vendors.CreateSalesforceAccountAsync($"Restart {n}", $"+1 555 02{n:00}"));
        }

        await using (var first = await rig.StartHostAsync())
        {
            // Stopped as soon as the drain has enqueued: the processor and the writer are at work or about to be.
            await PipelineRig.DrainSalesforceAsync(first);
        }

        await rig.Vendors.UpdateSalesforceAccountAsync(accounts[0], new JsonObject { ["Phone"] = "+1 555 0299" });
        await rig.Vendors.UpdateSalesforceAccountAsync(accounts[^1], new JsonObject { ["Name"] = "Restart last, renamed" });
        accounts.Add(await rig.Vendors.CreateSalesforceAccountAsync("Restart while down", "+1 555 0298"));
        await using var second = await rig.StartHostAsync();
        await PipelineRig.DrainSalesforceAsync(second);

        foreach (var id in accounts)
        {
            var account = await rig.Vendors.GetSalesforceAccountAsync(id);
            await LiveSyncTests.AwaitCompanyAsync(rig, id, (string)account["Name"]!, (string)account["Phone"]!);
        }

        await rig.AwaitQueuesEmptyAsync("the second host's sync");
        Assert.Equal(accounts.Count, (int)(await rig.Vendors.HubSpotCountsAsync())["companies"]!["live"]!);
        Assert.Equal("+1 555 0299", (string?)(await rig.Vendors.GetSalesforceAccountAsync(accounts[0]))["Phone"]);
    }
}

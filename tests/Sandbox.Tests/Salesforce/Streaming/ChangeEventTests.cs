using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class ChangeEventTests(SandboxFixture sandbox)
{
    private static readonly long StartMs = SandboxFixture.Start.ToUnixTimeMilliseconds();

    [Fact]
    public async Task Update_event_carries_the_full_header_and_only_the_changed_fields()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new JsonObject { ["Name"] = "Acme", ["Phone"] = "1", ["Industry"] = "Energy" });
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, "/data/AccountChangeEvent");
        await client.ConnectAsync();

        var (status, _) = await StreamingSession.WriteAsync(org, HttpMethod.Patch, $"sobjects/Account/{id}", """{"Phone":"2","Industry":null}""", "client=sync-engine/1.0; defaultNamespace=x");
        var update = Assert.Single(await client.CollectAsync(1));

        Assert.Equal(204, status);
        var header = BayeuxTestClient.Header(update);
        Assert.Equal(("Account", "UPDATE", $"[\"{id}\"]"), ((string?)header["entityName"], (string?)header["changeType"], header["recordIds"]!.ToJsonString()));
        Assert.Equal("com/salesforce/api/rest/68.0;client=sync-engine/1.0", (string?)header["changeOrigin"]);
        Assert.Equal("""["Industry","Phone","LastModifiedDate"]""", header["changedFields"]!.ToJsonString());
        Assert.Equal(("[]", "[]"), (header["nulledFields"]!.ToJsonString(), header["diffFields"]!.ToJsonString()));
        Assert.Equal((1, StartMs), ((int?)header["sequenceNumber"], (long?)header["commitTimestamp"]));
        Assert.True(Guid.TryParse((string?)header["transactionKey"], out _), $"transactionKey {header["transactionKey"]}");
        Assert.StartsWith("005", (string?)header["commitUser"], StringComparison.Ordinal);
        Assert.True((long?)header["commitNumber"] > 0);
        var payload = BayeuxTestClient.Payload(update);
        Assert.Equal(["ChangeEventHeader", "Industry", "Phone", "LastModifiedDate"], payload.Select(p => p.Key));
        Assert.Equal(("2", null, "2026-11-23T10:15:30.000Z"), ((string?)payload["Phone"], payload["Industry"], (string?)payload["LastModifiedDate"]));
        Assert.False(string.IsNullOrEmpty((string?)update["data"]!["schema"]));
    }

    [Fact]
    public async Task Create_event_carries_non_empty_fields_with_the_compound_name_and_no_system_fields()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, "/data/ContactChangeEvent");
        await client.ConnectAsync();

        await StreamingSession.WriteAsync(org, HttpMethod.Post, "sobjects/Contact", """{"FirstName":"Ada","LastName":"Lovelace","Birthdate":"1815-12-10"}""");
        var created = Assert.Single(await client.CollectAsync(1));

        var header = BayeuxTestClient.Header(created);
        Assert.Equal(("CREATE", "com/salesforce/api/rest/68.0", "[]"), ((string?)header["changeType"], (string?)header["changeOrigin"], header["changedFields"]!.ToJsonString()));
        var payload = BayeuxTestClient.Payload(created);
        Assert.Equal("""{"FirstName":"Ada","LastName":"Lovelace"}""", payload["Name"]!.ToJsonString());
        Assert.Equal("1815-12-10", (string?)payload["Birthdate"]);
        Assert.DoesNotContain(payload, p => p.Key is "Id" or "IsDeleted" or "SystemModstamp" or "Email" or "FirstName");
    }

    [Fact]
    public async Task Deleting_an_account_is_one_transaction_whose_contact_deletes_merge_into_one_event()
    {
        var org = await sandbox.NewOrgAsync();
        var account = await org.CreateAsync("Account", new JsonObject { ["Name"] = "Parent" });
        var first = await org.CreateAsync("Contact", new JsonObject { ["LastName"] = "One", ["AccountId"] = account });
        var second = await org.CreateAsync("Contact", new JsonObject { ["LastName"] = "Two", ["AccountId"] = account });
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);
        await client.ConnectAsync();

        await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{account}");
        var events = (await client.CollectAsync(2)).Select(BayeuxTestClient.Header).ToList();

        Assert.Equal([("Account", "DELETE", 1), ("Contact", "DELETE", 2)], events.Select(h => ((string)h["entityName"]!, (string)h["changeType"]!, (int)h["sequenceNumber"]!)));
        Assert.Equal($"[\"{first}\",\"{second}\"]", events[1]["recordIds"]!.ToJsonString());
        Assert.Equal((string?)events[0]["transactionKey"], (string?)events[1]["transactionKey"]);
        Assert.Equal((long?)events[0]["commitNumber"], (long?)events[1]["commitNumber"]);
    }

    [Fact]
    public async Task Rolled_back_all_or_none_collection_publishes_no_event()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);
        await client.ConnectAsync();

        await StreamingSession.WriteAsync(org, HttpMethod.Post, "composite/sobjects",
            """{"allOrNone":true,"records":[{"attributes":{"type":"Account"},"Name":"ok"},{"attributes":{"type":"Account"}}]}""");
        await org.CreateAsync("Opportunity", new JsonObject { ["Name"] = "marker", ["StageName"] = "Prospecting", ["CloseDate"] = "2026-12-01" });
        var events = await client.CollectAsync(1);

        Assert.Equal(["Opportunity CREATE"], events.Select(e => BayeuxTestClient.Describe(e).Split(" #")[0]));
    }

    [Fact]
    public async Task Seeded_records_produce_create_events_with_an_empty_change_origin()
    {
        var org = await sandbox.NewOrgAsync();
        await org.SeedAsync(seed: 4, accounts: 2, contactsPerAccount: 1);
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, replayId: -2);

        var events = (await client.CollectAsync(4)).Select(BayeuxTestClient.Header).ToList();

        Assert.Equal(["Account", "Contact", "Account", "Contact"], events.Select(h => (string)h["entityName"]!));
        Assert.All(events, h => Assert.Equal(("CREATE", ""), ((string?)h["changeType"], (string?)h["changeOrigin"])));
        Assert.Equal([1, 2, 3, 4], events.Select(h => (int)h["sequenceNumber"]!));
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Control;

public sealed class ControlApiTests(SandboxFixture sandbox)
{
    private const string ContactFields = "SELECT Id, Name, Email, Title, Birthdate, Account.Name, Account.External_Id__c FROM Contact ORDER BY External_Id__c";

    [Fact]
    public async Task Seeding_creates_related_records_in_the_requested_sizes()
    {
        var org = await sandbox.NewOrgAsync();

        var counts = await org.SeedAsync(seed: 3, accounts: 20, contactsPerAccount: 3, opportunitiesPerAccount: 2);
        var orphans = await org.QueryAsync("SELECT COUNT() FROM Contact WHERE AccountId = null");
        var perAccount = await org.QueryAsync("SELECT AccountId, COUNT(Id) FROM Opportunity GROUP BY AccountId");

        Assert.Equal((20, 60, 40), ((int?)counts["Account"]!["live"], (int?)counts["Contact"]!["live"], (int?)counts["Opportunity"]!["live"]));
        Assert.Equal(0, (int?)orphans["totalSize"]);
        Assert.All(perAccount["records"]!.AsArray(), r => Assert.Equal(2, (int?)r!["expr0"]));
        Assert.Equal(20, perAccount["records"]!.AsArray().Count);
    }

    [Fact]
    public async Task Seeding_is_deterministic_after_reset_and_differs_by_seed()
    {
        var org = await sandbox.NewOrgAsync();

        await org.SeedAsync(seed: 42, accounts: 5, contactsPerAccount: 2);
        var first = SalesforceTestOrg.Text((await org.QueryAsync(ContactFields))["records"]!);
        using var reset = await org.Control.PostAsync($"{org.ControlPath}/reset", null, TestContext.Current.CancellationToken);
        await org.SeedAsync(seed: 42, accounts: 5, contactsPerAccount: 2);
        var second = SalesforceTestOrg.Text((await org.QueryAsync(ContactFields))["records"]!);
        await org.Control.PostAsync($"{org.ControlPath}/reset", null, TestContext.Current.CancellationToken);
        await org.SeedAsync(seed: 43, accounts: 5, contactsPerAccount: 2);
        var other = SalesforceTestOrg.Text((await org.QueryAsync(ContactFields))["records"]!);

        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Orgs_are_isolated_from_each_other()
    {
        var one = await sandbox.NewOrgAsync();
        var two = await sandbox.NewOrgAsync();
        var id = await one.CreateAsync("Account", new() { ["Name"] = "Private" });

        var (status, _) = await two.CallAsync(HttpMethod.Get, $"sobjects/Account/{id}");
        var twoCount = await two.QueryAsync("SELECT COUNT() FROM Account");

        Assert.Equal((404, 0), (status, (int?)twoCount["totalSize"]));
    }

    [Fact]
    public async Task Counts_report_live_and_deleted_records()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new() { ["Name"] = "a" });
        await org.CreateAsync("Account", new() { ["Name"] = "b" });
        await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{id}");

        var counts = await org.Control.GetFromJsonAsync<JsonObject>($"{org.ControlPath}/counts", TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), ((int?)counts!["Account"]!["live"], (int?)counts["Account"]!["deleted"]));
    }

    [Fact]
    public async Task Creating_an_org_with_a_used_client_id_is_a_conflict()
    {
        var org = await sandbox.NewOrgAsync();

        using var response = await org.Control.PostAsJsonAsync("_sandbox/salesforce/orgs",
            org.Options with { Name = "another" }, TestContext.Current.CancellationToken);

        Assert.Equal(409, (int)response.StatusCode);
    }

    [Fact]
    public async Task Control_api_with_an_admin_key_refuses_calls_without_it()
    {
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, AdminKey = "k3y" }, TestContext.Current.CancellationToken);
        using var client = SalesforceTestOrg.NewClient(host.SalesforceBaseUrl);

        using var without = await client.GetAsync("_sandbox/salesforce/orgs", TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Add("X-Sandbox-Key", "k3y");
        using var with = await client.GetAsync("_sandbox/salesforce/orgs", TestContext.Current.CancellationToken);

        Assert.Equal((403, 200), ((int)without.StatusCode, (int)with.StatusCode));
    }
}

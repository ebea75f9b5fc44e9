using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Soql;

/// <summary>A small hand-made org the SOQL theories query; created once per run, never modified.</summary>
public static class SoqlDataset
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SalesforceTestOrg? _org;

    public static async Task<SalesforceTestOrg> GetAsync(SandboxFixture sandbox)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _org ??= await CreateAsync(sandbox);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<SalesforceTestOrg> CreateAsync(SandboxFixture sandbox)
    {
        var org = await sandbox.NewOrgAsync();
        var acme = await Account(org, "Acme", "Technology", 1_000_000, 50, "Berlin", "A-1");
        var globex = await Account(org, "Globex", "Banking", 5_000_000, 500, "Paris", "A-2");
        var initech = await Account(org, "Initech", "Technology", null, 20, "Berlin", "A-3");
        await Account(org, "Umbrella", "Healthcare", 250_000, null, null, "A-4");
        await Account(org, "acme labs", "Retail", 750_000, 10, "Lyon", "A-5");

        await org.CreateAsync("Contact", new() { ["FirstName"] = "Ada", ["LastName"] = "Lovelace", ["AccountId"] = acme, ["Email"] = "ada@example.com" });
        await org.CreateAsync("Contact", new() { ["FirstName"] = "Alan", ["LastName"] = "Turing", ["AccountId"] = acme });
        await org.CreateAsync("Contact", new() { ["FirstName"] = "Grace", ["LastName"] = "Hopper", ["AccountId"] = globex });
        await org.CreateAsync("Contact", new() { ["LastName"] = "Torvalds" });

        await Opportunity(org, "Acme Deal", "Prospecting", "2026-12-01", 100, acme);
        await Opportunity(org, "Acme Renewal", "Closed Won", "2026-06-30", 300, acme);
        await Opportunity(org, "Globex Deal", "Closed Won", "2027-01-15", 200, globex);
        await Opportunity(org, "Initech Deal", "Negotiation", "2026-11-23", null, initech);
        return org;
    }

    private static Task<string> Account(SalesforceTestOrg org, string name, string industry, decimal? revenue, int? employees, string? city, string externalId) =>
        org.CreateAsync("Account", new()
        {
            ["Name"] = name,
            ["Industry"] = industry,
            ["AnnualRevenue"] = revenue,
            ["NumberOfEmployees"] = employees,
            ["BillingCity"] = city,
            ["External_Id__c"] = externalId,
        });

    private static Task<string> Opportunity(SalesforceTestOrg org, string name, string stage, string closeDate, decimal? amount, string accountId) =>
        org.CreateAsync("Opportunity", new()
        {
            ["Name"] = name,
            ["StageName"] = stage,
            ["CloseDate"] = closeDate,
            ["Amount"] = amount,
            ["AccountId"] = accountId,
        });

    public static string Names(JsonObject result) =>
        string.Join(",", result["records"]!.AsArray().Select(r => (string?)r!["Name"]));
}

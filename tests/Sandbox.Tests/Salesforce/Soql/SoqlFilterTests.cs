namespace Integration.Sandbox.Tests.Salesforce.Soql;

public sealed class SoqlFilterTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("FROM Account WHERE Industry = 'Technology'", "Acme,Initech")]
    [InlineData("FROM Account WHERE industry = 'TECHNOLOGY'", "Acme,Initech")]
    [InlineData("FROM Account WHERE Industry != 'Technology'", "acme labs,Globex,Umbrella")]
    [InlineData("FROM Account WHERE AnnualRevenue > 500000", "Acme,acme labs,Globex")]
    [InlineData("FROM Account WHERE AnnualRevenue >= 750000 AND AnnualRevenue < 5000000", "Acme,acme labs")]
    [InlineData("FROM Account WHERE AnnualRevenue <= 250000", "Umbrella")]
    [InlineData("FROM Account WHERE AnnualRevenue = null", "Initech")]
    [InlineData("FROM Account WHERE AnnualRevenue != null", "Acme,acme labs,Globex,Umbrella")]
    [InlineData("FROM Account WHERE NumberOfEmployees > 20", "Acme,Globex")]
    [InlineData("FROM Account WHERE BillingCity IN ('Berlin', 'Lyon')", "Acme,acme labs,Initech")]
    [InlineData("FROM Account WHERE BillingCity NOT IN ('Berlin')", "acme labs,Globex,Umbrella")]
    [InlineData("FROM Account WHERE Name LIKE 'acme%'", "Acme,acme labs")]
    [InlineData("FROM Account WHERE Name LIKE '%e_'", "Globex")]
    [InlineData("FROM Account WHERE External_Id__c IN ('A-2', 'a-4', 'Z-9')", "Globex,Umbrella")]
    [InlineData("FROM Account WHERE NOT Industry = 'Technology'", "acme labs,Globex,Umbrella")]
    [InlineData("FROM Account WHERE NOT (BillingCity = 'Berlin' OR BillingCity = null)", "acme labs,Globex")]
    [InlineData("FROM Account WHERE (Industry = 'Technology' OR Industry = 'Retail') AND BillingCity = 'Berlin'", "Acme,Initech")]
    [InlineData("FROM Account WHERE Industry = 'Retail' OR (Industry = 'Technology' AND BillingCity = 'Berlin')", "Acme,acme labs,Initech")]
    [InlineData("FROM Account WHERE Name = 'Acme' OR Name = 'Globex' OR Name = 'Nobody'", "Acme,Globex")]
    [InlineData("FROM Opportunity WHERE CloseDate > 2026-11-23", "Acme Deal,Globex Deal")]
    [InlineData("FROM Opportunity WHERE CloseDate = TODAY", "Initech Deal")]
    [InlineData("FROM Opportunity WHERE CloseDate < YESTERDAY", "Acme Renewal")]
    [InlineData("FROM Opportunity WHERE CreatedDate = TODAY AND Amount > 150", "Acme Renewal,Globex Deal")]
    [InlineData("FROM Opportunity WHERE CreatedDate < 2026-11-23T10:15:30Z", "")]
    [InlineData("FROM Opportunity WHERE CreatedDate >= 2026-11-23T11:15:30+01:00 AND StageName = 'Closed Won'", "Acme Renewal,Globex Deal")]
    [InlineData("FROM Opportunity WHERE CreatedDate > 2026-11-23T10:15:30.000Z", "")]
    [InlineData("FROM Contact WHERE Account.Name = 'Acme'", "Ada Lovelace,Alan Turing")]
    [InlineData("FROM Contact WHERE Account.Industry = null", "Torvalds")]
    [InlineData("FROM Contact WHERE Email != null", "Ada Lovelace")]
    public async Task Where_clause_selects_the_matching_records(string fromWhere, string expectedNames)
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var result = await org.QueryAsync($"SELECT Name {fromWhere} ORDER BY Name");

        Assert.Equal(expectedNames, SoqlDataset.Names(result));
        Assert.Equal(expectedNames.Length == 0 ? 0 : expectedNames.Split(',').Length, (int?)result["totalSize"]);
    }

    [Fact]
    public async Task Where_on_id_accepts_15_and_18_character_ids()
    {
        var org = await SoqlDataset.GetAsync(sandbox);
        var acme = (await org.QueryAsync("SELECT Id FROM Account WHERE Name = 'Acme'"))["records"]![0]!["Id"]!.ToString();

        var by15 = await org.QueryAsync($"SELECT Name FROM Contact WHERE AccountId = '{acme[..15]}' ORDER BY Name");
        var by18 = await org.QueryAsync($"SELECT Name FROM Account WHERE Id IN ('{acme}')");

        Assert.Equal("Ada Lovelace,Alan Turing", SoqlDataset.Names(by15));
        Assert.Equal("Acme", SoqlDataset.Names(by18));
    }
}

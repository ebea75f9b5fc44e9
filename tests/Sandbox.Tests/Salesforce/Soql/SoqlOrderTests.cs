namespace Integration.Sandbox.Tests.Salesforce.Soql;

public sealed class SoqlOrderTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("ORDER BY AnnualRevenue", "Initech,Umbrella,acme labs,Acme,Globex")]
    [InlineData("ORDER BY AnnualRevenue DESC", "Globex,Acme,acme labs,Umbrella,Initech")]
    [InlineData("ORDER BY AnnualRevenue ASC NULLS LAST", "Umbrella,acme labs,Acme,Globex,Initech")]
    [InlineData("ORDER BY AnnualRevenue DESC NULLS FIRST", "Initech,Globex,Acme,acme labs,Umbrella")]
    [InlineData("ORDER BY BillingCity, Name DESC", "Umbrella,Initech,Acme,acme labs,Globex")]
    [InlineData("ORDER BY Name LIMIT 2", "Acme,acme labs")]
    [InlineData("ORDER BY Name LIMIT 2 OFFSET 3", "Initech,Umbrella")]
    [InlineData("ORDER BY Name OFFSET 4", "Umbrella")]
    [InlineData("ORDER BY Name LIMIT 0", "")]
    public async Task Order_by_limit_and_offset_shape_the_result(string tail, string expectedNames)
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var result = await org.QueryAsync($"SELECT Name FROM Account {tail}");

        Assert.Equal(expectedNames, SoqlDataset.Names(result));
    }

    [Fact]
    public async Task Parent_fields_are_nested_under_the_relationship_name()
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var result = await org.QueryAsync("SELECT Name, Account.Name, Account.Industry FROM Contact WHERE LastName IN ('Hopper', 'Torvalds') ORDER BY Account.Name");
        var torvalds = result["records"]![0]!;
        var hopper = result["records"]![1]!;

        Assert.Equal(("Torvalds", null), ((string?)torvalds["Name"], torvalds["Account"]));
        Assert.True(torvalds.AsObject().ContainsKey("Account"));
        Assert.Equal("Account", (string?)hopper["Account"]!["attributes"]!["type"]);
        Assert.Equal(("Globex", "Banking"), ((string?)hopper["Account"]!["Name"], (string?)hopper["Account"]!["Industry"]));
        Assert.Equal("Contact", (string?)hopper["attributes"]!["type"]);
        Assert.StartsWith("/services/data/v68.0/sobjects/Contact/003", (string?)hopper["attributes"]!["url"], StringComparison.Ordinal);
    }
}

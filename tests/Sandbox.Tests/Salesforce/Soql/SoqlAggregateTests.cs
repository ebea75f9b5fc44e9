namespace Integration.Sandbox.Tests.Salesforce.Soql;

public sealed class SoqlAggregateTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("SELECT COUNT() FROM Account", 5)]
    [InlineData("SELECT COUNT() FROM Account WHERE Industry = 'Technology'", 2)]
    [InlineData("SELECT COUNT() FROM Contact WHERE Account.Name LIKE 'Acme%'", 2)]
    [InlineData("SELECT COUNT() FROM Account LIMIT 3", 3)]
    public async Task Count_only_returns_total_size_and_no_records(string soql, int expected)
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var result = await org.QueryAsync(soql);

        Assert.Equal((expected, true, 0), ((int?)result["totalSize"], (bool?)result["done"], result["records"]!.AsArray().Count));
    }

    [Theory]
    [InlineData(
        "SELECT COUNT(Id), COUNT(AnnualRevenue), SUM(AnnualRevenue), MIN(AnnualRevenue), MAX(NumberOfEmployees), COUNT_DISTINCT(Industry) FROM Account",
        """[{"attributes":{"type":"AggregateResult"},"expr0":5,"expr1":4,"expr2":7000000.0,"expr3":250000.0,"expr4":500,"expr5":4}]""")]
    [InlineData(
        "SELECT Industry, COUNT(Id) n FROM Account GROUP BY Industry ORDER BY Industry",
        """[{"attributes":{"type":"AggregateResult"},"Industry":"Banking","n":1},{"attributes":{"type":"AggregateResult"},"Industry":"Healthcare","n":1},{"attributes":{"type":"AggregateResult"},"Industry":"Retail","n":1},{"attributes":{"type":"AggregateResult"},"Industry":"Technology","n":2}]""")]
    [InlineData(
        "SELECT Account.Name, SUM(Amount) total, MAX(CloseDate) FROM Opportunity GROUP BY Account.Name ORDER BY Account.Name",
        """[{"attributes":{"type":"AggregateResult"},"Name":"Acme","total":400.0,"expr0":"2026-12-01"},{"attributes":{"type":"AggregateResult"},"Name":"Globex","total":200.0,"expr0":"2027-01-15"},{"attributes":{"type":"AggregateResult"},"Name":"Initech","total":null,"expr0":"2026-11-23"}]""")]
    [InlineData(
        "SELECT StageName, COUNT(Id) FROM Opportunity WHERE StageName != 'Prospecting' GROUP BY StageName ORDER BY StageName DESC LIMIT 1",
        """[{"attributes":{"type":"AggregateResult"},"StageName":"Negotiation","expr0":1}]""")]
    [InlineData(
        "SELECT COUNT(Id), SUM(Amount) FROM Opportunity WHERE Name = 'nothing'",
        """[{"attributes":{"type":"AggregateResult"},"expr0":0,"expr1":null}]""")]
    [InlineData(
        "SELECT MIN(CreatedDate) earliest FROM Contact",
        """[{"attributes":{"type":"AggregateResult"},"earliest":"2026-11-23T10:15:30.000+0000"}]""")]
    public async Task Aggregates_return_AggregateResult_records_named_by_alias_or_expr_index(string soql, string expectedRecords)
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var result = await org.QueryAsync(soql);

        Assert.Equal(expectedRecords, SalesforceTestOrg.Text(result["records"]!));
    }
}

namespace Integration.Sandbox.Tests.Salesforce.Soql;

public sealed class SoqlErrorTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("SELECT Name FROM Account WHERE Industry = 'x' AND Name = 'a' OR Name = 'b'", "MALFORMED_QUERY")]
    [InlineData("SELECT Id, (SELECT Id FROM Contacts) FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry HAVING COUNT(Id) > 1", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account WHERE Name = :name", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account WHERE CreatedDate = LAST_N_DAYS:3", "MALFORMED_QUERY")]
    [InlineData("SELECT toLabel(Industry) FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account WITH SECURITY_ENFORCED", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account FOR UPDATE", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account a", "MALFORMED_QUERY")]
    [InlineData("SELECT Name, COUNT(Id) FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT COUNT(), Name FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Industry FROM Account GROUP BY Industry ORDER BY Name", "MALFORMED_QUERY")]
    [InlineData("SELECT SUM(Name) FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Name Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account WHERE Name LIKE 5", "MALFORMED_QUERY")]
    [InlineData("SELECT Name FROM Account WHERE Name = 'unterminated", "MALFORMED_QUERY")]
    [InlineData("SELECT Account.Parent.Name FROM Contact", "MALFORMED_QUERY")]
    [InlineData("SELECT Foo FROM Account", "INVALID_FIELD")]
    [InlineData("SELECT Owner.Name FROM Contact", "INVALID_FIELD")]
    [InlineData("SELECT Account.Foo FROM Contact", "INVALID_FIELD")]
    [InlineData("SELECT Name FROM Acount", "INVALID_TYPE")]
    [InlineData("SELECT Name FROM Account WHERE AnnualRevenue = '5'", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Name FROM Account WHERE Name = 5", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Name FROM Account WHERE CreatedDate > 2026-01-01", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Name FROM Account WHERE Id = 'nope'", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Name FROM Account OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE")]
    public async Task Unsupported_or_invalid_query_gets_400_with_the_error_code_and_no_fields(string soql, string errorCode)
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var (status, body) = await org.CallAsync(HttpMethod.Get, $"query?q={Uri.EscapeDataString(soql)}");

        Assert.Equal((400, errorCode), (status, (string?)body![0]!["errorCode"]));
        Assert.False(body[0]!.AsObject().ContainsKey("fields"));
    }

    [Fact]
    public async Task Malformed_query_message_points_at_the_offending_token()
    {
        var org = await SoqlDataset.GetAsync(sandbox);
        const string Soql = "SELECT Name FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'";
        var column = Soql.IndexOf(" OR ", StringComparison.Ordinal) + 2;

        var (_, body) = await org.CallAsync(HttpMethod.Get, $"query?q={Uri.EscapeDataString(Soql)}");

        Assert.Equal($"\n{Soql}\n{new string(' ', column - 1)}^\nERROR at Row:1:Column:{column}\nunexpected token: 'OR'", (string?)body![0]!["message"]);
    }

    [Fact]
    public async Task Unknown_column_message_names_column_and_entity()
    {
        var org = await SoqlDataset.GetAsync(sandbox);

        var (_, body) = await org.CallAsync(HttpMethod.Get, $"query?q={Uri.EscapeDataString("SELECT Id, Foo__c FROM Account")}");

        Assert.EndsWith("ERROR at Row:1:Column:12\nNo such column 'Foo__c' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
            (string?)body![0]!["message"], StringComparison.Ordinal);
    }
}

using Integration.Core.Schema;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceObjectSchemaTests
{
    private const string ContactDescribe = """
        {"name":"Contact","label":"Contact","createable":true,"fields":[
          {"name":"Id","type":"id","createable":false,"updateable":false,"externalId":false,"idLookup":true,"relationshipName":null,"referenceTo":[],"picklistValues":[],"length":18,"nillable":false,"unique":false},
          {"name":"LastName","type":"string","createable":true,"updateable":true,"externalId":false,"idLookup":false,"relationshipName":null,"referenceTo":[],"picklistValues":[],"length":80,"nillable":false,"unique":false},
          {"name":"AccountId","type":"reference","createable":true,"updateable":true,"externalId":false,"idLookup":false,"relationshipName":"Account","referenceTo":["Account"],"picklistValues":[]},
          {"name":"LeadSource","type":"picklist","createable":true,"updateable":true,"externalId":false,"idLookup":false,"relationshipName":null,"referenceTo":[],
           "picklistValues":[{"active":true,"defaultValue":false,"label":"Web","validFor":null,"value":"Web"},{"active":false,"defaultValue":false,"label":"Old","validFor":null,"value":"Old"}]},
          {"name":"Legacy_Id__c","type":"string","createable":true,"updateable":true,"externalId":true,"idLookup":true,"relationshipName":null,"referenceTo":[],"picklistValues":[]},
          {"name":"Created_Source__c","type":"string","createable":true,"updateable":false,"externalId":false,"idLookup":false,"relationshipName":null,"referenceTo":[],"picklistValues":[]},
          {"name":"SystemModstamp","type":"datetime","createable":false,"updateable":false,"externalId":false,"idLookup":false,"relationshipName":null,"referenceTo":[],"picklistValues":[]}]}
        """;

    private const string AccountDescribe = """
        {"name":"Account","fields":[{"name":"Name","type":"string","createable":true,"updateable":true,"externalId":false,"idLookup":true,"relationshipName":null,"referenceTo":[],"picklistValues":[]}]}
        """;

    [Fact]
    public async Task Describe_maps_fields_and_active_picklist_values()
    {
        using var sf = Server();

        var schema = await sf.Connector.Schema.DescribeAsync("Contact", TestContext.Current.CancellationToken);

        Assert.NotNull(schema);
        Assert.Equal("Contact", schema.Name);
        Assert.Equal(new FieldSchema("LeadSource", "picklist", true, true, false, [], ["Web"]), schema.Find("leadsource"), FieldEquality);
        Assert.Equal(["Account"], schema.Find("AccountId")!.ReferenceTo);
        Assert.True(schema.Find("Legacy_Id__c")!.ExternalId);
        var request = Assert.Single(sf.DataRequests());
        Assert.Equal("GET", request.Method);
        Assert.Equal(SalesforceTestServer.DataPath + "/sobjects/Contact/describe", request.Path);
    }

    [Fact]
    public async Task Describe_of_an_unknown_object_is_null()
    {
        using var sf = Server();

        var schema = await sf.Connector.Schema.DescribeAsync("Nope__c", TestContext.Current.CancellationToken);

        Assert.Null(schema);
    }

    [Fact]
    public async Task Field_validation_reports_unknown_and_unwritable_fields_by_name()
    {
        using var sf = Server();

        var problems = await sf.Connector.Schema.ValidateFieldsAsync("Contact", ["LastName", "Lastname_Typo", "SystemModstamp", "Created_Source__c", "Legacy_Id__c"], mustBeWritable: true, TestContext.Current.CancellationToken);

        Assert.Equal(
            [("Lastname_Typo", FieldProblemKind.UnknownField), ("SystemModstamp", FieldProblemKind.ReadOnly), ("Created_Source__c", FieldProblemKind.NotUpdateable)],
            problems.Select(p => (p.Field, p.Kind)));
        Assert.Equal("Contact.SystemModstamp is read-only (neither createable nor updateable); the plan writes it.", problems[1].Message);
    }

    [Fact]
    public async Task Field_validation_of_reads_resolves_parent_relationship_paths()
    {
        using var sf = Server();

        var problems = await sf.Connector.Schema.ValidateFieldsAsync("Contact", ["Account.Name", "Account.Nope", "Owner.Name", "SystemModstamp"], mustBeWritable: false, TestContext.Current.CancellationToken);

        Assert.Equal(["Account.Nope", "Owner.Name"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(FieldProblemKind.UnknownField, p.Kind));
    }

    [Fact]
    public async Task Field_validation_of_an_unknown_object_reports_the_object()
    {
        using var sf = Server();

        var problems = await sf.Connector.Schema.ValidateFieldsAsync("Nope__c", ["Name"], mustBeWritable: true, TestContext.Current.CancellationToken);

        Assert.Equal(FieldProblemKind.UnknownObject, Assert.Single(problems).Kind);
    }

    private static readonly IEqualityComparer<FieldSchema?> FieldEquality = EqualityComparer<FieldSchema?>.Create((a, b) =>
        a is not null && b is not null && a.Name == b.Name && a.Type == b.Type && a.Createable == b.Createable && a.Updateable == b.Updateable
        && a.ExternalId == b.ExternalId && a.ReferenceTo.SequenceEqual(b.ReferenceTo) && a.PicklistValues.SequenceEqual(b.PicklistValues));

    private static SalesforceTestServer Server()
    {
        var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/sobjects/Contact/describe").UsingGet()).RespondWith(SalesforceTestServer.Json(200, ContactDescribe));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/sobjects/Account/describe").UsingGet()).RespondWith(SalesforceTestServer.Json(200, AccountDescribe));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/sobjects/Nope__c/describe").UsingGet())
            .RespondWith(SalesforceTestServer.Json(404, """[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]"""));
        return sf;
    }
}

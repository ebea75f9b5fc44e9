using Integration.Core.Records;
using Integration.Core.Schema;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotSchemaAndAssociationsTests : IDisposable
{
    private readonly HubSpotWireMock _hubSpot = new();

    public void Dispose() => _hubSpot.Dispose();

    [Fact]
    public async Task DescribeAsync_maps_properties_with_unique_values_as_external_ids()
    {
        Stub("/crm/v3/properties/contacts", "GET", 200, """
            {"results":[
              {"name":"email","label":"Email","type":"string","fieldType":"text","hasUniqueValue":false,"calculated":false,"modificationMetadata":{"readOnlyValue":false,"readOnlyDefinition":true,"archivable":false},"options":[]},
              {"name":"sf_id","label":"Salesforce id","type":"string","fieldType":"text","hasUniqueValue":true,"calculated":false,"options":[]},
              {"name":"lifecyclestage","label":"Lifecycle stage","type":"enumeration","fieldType":"radio","hasUniqueValue":false,
               "options":[{"label":"Lead","value":"lead","hidden":false},{"label":"Old","value":"old","hidden":true},{"label":"Customer","value":"customer","hidden":false}]},
              {"name":"hs_object_id","label":"Record ID","type":"number","fieldType":"number","hasUniqueValue":true,"modificationMetadata":{"readOnlyValue":true}},
              {"name":"phone","label":"Phone","type":"phone_number","fieldType":"phonenumber"}]}
            """);

        var schema = await _hubSpot.Connector.Schema.DescribeAsync("contacts", TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "GET", "/crm/v3/properties/contacts");
        Assert.Equal(new FieldSchema("sf_id", "string", true, true, true, [], []), schema!.Find("sf_id")! with { ReferenceTo = [], PicklistValues = [] });
        Assert.True(schema.Find("sf_id")!.ExternalId);
        Assert.False(schema.Find("email")!.ExternalId);
        Assert.Equal(["lead", "customer"], schema.Find("lifecyclestage")!.PicklistValues);
        Assert.Equal((false, false), (schema.Find("hs_object_id")!.Createable, schema.Find("hs_object_id")!.Updateable));
        Assert.Equal("phone_number", schema.Find("phone")!.Type);
    }

    [Fact]
    public async Task DescribeAsync_unknown_object_is_null()
    {
        Stub("/crm/v3/properties/nothing", "GET", 404, """{"status":"error","message":"Unable to infer object type from: nothing","correlationId":"c-404","category":"OBJECT_NOT_FOUND"}""");

        Assert.Null(await _hubSpot.Connector.Schema.DescribeAsync("nothing", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AssociateAsync_posts_v4_batch_create_with_the_unlabeled_default_type()
    {
        Stub("/crm/v4/associations/contacts/companies/batch/create", "POST", 200, """
            {"status":"COMPLETE","results":[{"fromObjectTypeId":"0-1","fromObjectId":501,"toObjectTypeId":"0-2","toObjectId":901,"labels":[]}]}
            """);

        var created = await _hubSpot.Connector.Associations.AssociateAsync("contacts", "companies", [("501", "901")], null, WriteLane.Live, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "POST", "/crm/v4/associations/contacts/companies/batch/create", body: """
            {"inputs":[{"from":{"id":"501"},"to":{"id":"901"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}]}]}
            """);
        Assert.Equal(1, created);
    }

    [Fact]
    public async Task ReadAsync_posts_v4_batch_read_and_returns_associated_ids_per_record()
    {
        Stub("/crm/v4/associations/deals/contacts/batch/read", "POST", 200, """
            {"status":"COMPLETE","results":[{"from":{"id":"7"},"to":[{"toObjectId":501,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":3,"label":null}]},{"toObjectId":502,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":3,"label":null}]}]}]}
            """);

        var associated = await _hubSpot.Connector.Associations.ReadAsync("deals", "contacts", ["7"], WriteLane.Live, TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "POST", "/crm/v4/associations/deals/contacts/batch/read", body: """{"inputs":[{"id":"7"}]}""");
        Assert.Equal(["501", "502"], associated["7"]);
    }

    [Fact]
    public async Task CountAsync_uses_the_search_total()
    {
        Stub("/crm/v3/objects/companies/search", "POST", 200, """{"total":12345,"results":[{"id":"1","properties":{"hs_object_id":"1"}}],"paging":{"next":{"after":"1"}}}""");

        var count = await _hubSpot.Connector.Aggregates.CountAsync("companies", """[{"propertyName":"industry","operator":"EQ","value":"retail"}]""", TestContext.Current.CancellationToken);

        HubSpotWireMock.AssertRequest(Assert.Single(_hubSpot.Requests), "POST", "/crm/v3/objects/companies/search", body: """
            {"filterGroups":[{"filters":[{"propertyName":"industry","operator":"EQ","value":"retail"}]}],"sorts":[],"properties":["hs_object_id"],"limit":1}
            """);
        Assert.Equal(12345, count);
    }

    private void Stub(string path, string method, int status, string body) =>
        _hubSpot.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
}

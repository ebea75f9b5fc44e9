using System.Text.Json.Nodes;
using Integration.Connectors.Salesforce;
using Integration.Connectors.Salesforce.Api;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceSObjectsApiTests
{
    [Fact]
    public async Task Upsert_by_external_id_patches_the_record_url_and_reads_created()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/sobjects/Account/Legacy_Id__c/L-1").UsingPatch())
            .RespondWith(SalesforceTestServer.Json(201, """{"id":"001RO000001aAAAYA2","success":true,"errors":[],"created":true}"""));
        var api = sf.Provider.GetRequiredKeyedService<ISalesforceSObjectsApi>(SalesforceTestServer.Connection);

        var result = await api.UpsertAsync("Account", "Legacy_Id__c", "L-1", new JsonObject { ["Name"] = "Acme" }, TestContext.Current.CancellationToken);

        Assert.Equal(("001RO000001aAAAYA2", true, true), (result.Id, result.Success, result.Created));
        Assert.NotNull(result.Errors);
        Assert.Empty(result.Errors);
        var request = Assert.Single(sf.DataRequests());
        Assert.Equal("PATCH", request.Method);
        SalesforceTestServer.AssertJsonEqual("""{"Name":"Acme"}""", request.Body);
    }

    [Fact]
    public async Task Upsert_matching_several_records_surfaces_300_as_MULTIPLE_CHOICES()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/sobjects/Contact/Email__c/a@b.example").UsingPatch())
            .RespondWith(SalesforceTestServer.Json(300, """["/services/data/v68.0/sobjects/Contact/003RO000001aAAAYA2","/services/data/v68.0/sobjects/Contact/003RO000001aAABYA2"]"""));
        var api = sf.Provider.GetRequiredKeyedService<ISalesforceSObjectsApi>(SalesforceTestServer.Connection);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => api.UpsertAsync("Contact", "Email__c", "a@b.example", [], TestContext.Current.CancellationToken));

        Assert.Equal("MULTIPLE_CHOICES", error.ErrorCode);
        Assert.Contains("003RO000001aAABYA2", error.VendorMessage, StringComparison.Ordinal);
        Assert.Single(sf.DataRequests());
    }

    [Fact]
    public async Task Get_sends_the_field_list_as_the_fields_parameter()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/sobjects/Account/001RO000001aAAAYA2").UsingGet())
            .RespondWith(SalesforceTestServer.Json(200, """{"attributes":{"type":"Account"},"Id":"001RO000001aAAAYA2","Name":"Acme"}"""));
        var api = sf.Provider.GetRequiredKeyedService<ISalesforceSObjectsApi>(SalesforceTestServer.Connection);

        var record = await api.GetAsync("Account", "001RO000001aAAAYA2", "Id,Name", TestContext.Current.CancellationToken);

        Assert.Equal("Acme", record.GetProperty("Name").GetString());
        Assert.Equal("Id,Name", SalesforceTestServer.Query(Assert.Single(sf.DataRequests()))["fields"]);
    }

    [Fact]
    public async Task Limits_are_read_by_name()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/limits").UsingGet()).RespondWith(SalesforceTestServer.Json(200, """
            {"DailyApiRequests":{"Max":15000,"Remaining":14998,"Ant Migration Tool":{"Max":0,"Remaining":0}},"DataStorageMB":{"Max":5,"Remaining":5}}
            """));
        var api = sf.Provider.GetRequiredKeyedService<ISalesforceLimitsApi>(SalesforceTestServer.Connection);

        var limits = await api.GetLimitsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new SalesforceLimit(15000, 14998), limits["DailyApiRequests"]);
    }
}

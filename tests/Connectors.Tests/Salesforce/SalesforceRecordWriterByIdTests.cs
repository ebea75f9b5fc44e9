using System.Text.Json;
using Integration.Core.Records;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceRecordWriterByIdTests
{
    private const string CollectionPath = SalesforceTestServer.DataPath + "/composite/sobjects";

    [Fact]
    public async Task Upsert_by_record_id_patches_the_collection_with_Id_and_stamps_the_external_id()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(CollectionPath).UsingPatch()).RespondWith(SalesforceTestServer.Json(200, """
            [{"id":"001RO000001aAAAYA2","success":true,"errors":[]},
             {"id":"001RO000001aAABYA2","success":true,"errors":[]}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync(
            "Account",
            RecordIdKey.Field,
            [Upsert("001RO000001aAAAYA2", """{"Name":"Acme","Legacy_Id__c":"L-1"}"""), Upsert("001RO000001aAABYA2", """{"Phone":null,"Legacy_Id__c":"L-2"}""")],
            WriteLane.Live,
            TestContext.Current.CancellationToken);

        Assert.Equal(
            [new RecordWriteResult("001RO000001aAAAYA2", "001RO000001aAAAYA2", false, null), new RecordWriteResult("001RO000001aAABYA2", "001RO000001aAABYA2", false, null)],
            results);
        var request = Assert.Single(sf.DataRequests());
        Assert.Equal(("PATCH", CollectionPath), (request.Method, request.Path));
        SalesforceTestServer.AssertJsonEqual("""
            {"allOrNone":false,"records":[
              {"attributes":{"type":"Account"},"Name":"Acme","Legacy_Id__c":"L-1","Id":"001RO000001aAAAYA2"},
              {"attributes":{"type":"Account"},"Phone":null,"Legacy_Id__c":"L-2","Id":"001RO000001aAABYA2"}]}
            """, request.Body);
    }

    [Theory]
    [InlineData("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")]
    [InlineData("ENTITY_IS_DELETED", "entity is deleted")]
    [InlineData("MALFORMED_ID", "Account ID: id value of incorrect type: 001RO000001aZZZ")]
    public async Task Upsert_by_record_id_of_a_missing_record_is_a_final_failure_for_that_record_only(string code, string message)
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(CollectionPath).UsingPatch()).RespondWith(SalesforceTestServer.Json(200, $$"""
            [{"id":"001RO000001aAAAYA2","success":true,"errors":[]},
             {"success":false,"errors":[{"statusCode":"{{code}}","message":"{{message}}","fields":[]}]}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync(
            "Account", RecordIdKey.Field, [Upsert("001RO000001aAAAYA2", "{}"), Upsert("001RO000001aZZZ", "{}")], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Equal(new RecordWriteResult("001RO000001aAAAYA2", "001RO000001aAAAYA2", false, null), results[0]);
        Assert.Equal(("001RO000001aZZZ", null, false), (results[1].Key, results[1].Id, results[1].Created));
        Assert.NotNull(results[1].Failure);
        Assert.Equal((code, message, false), (results[1].Failure!.Code, results[1].Failure!.Message, results[1].Failure!.Retryable));
        Assert.Single(sf.DataRequests());
    }

    [Fact]
    public async Task Upsert_by_record_id_resends_only_the_records_that_failed_with_UNABLE_TO_LOCK_ROW()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(CollectionPath).UsingPatch()).InScenario("lock").WillSetStateTo("retry").RespondWith(SalesforceTestServer.Json(200, """
            [{"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain exclusive access to this record","fields":[]}]},
             {"id":"001RO000001aAABYA2","success":true,"errors":[]}]
            """));
        sf.Server.Given(Request.Create().WithPath(CollectionPath).UsingPatch()).InScenario("lock").WhenStateIs("retry").RespondWith(SalesforceTestServer.Json(200, """
            [{"id":"001RO000001aAAAYA2","success":true,"errors":[]}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync(
            "Account", RecordIdKey.Field, [Upsert("001RO000001aAAAYA2", "{}"), Upsert("001RO000001aAABYA2", "{}")], WriteLane.Bulk, TestContext.Current.CancellationToken);

        Assert.Equal(["001RO000001aAAAYA2", "001RO000001aAABYA2"], results.Select(r => r.Succeeded ? r.Id : r.Failure!.Code));
        var requests = sf.DataRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal(["001RO000001aAAAYA2"], Ids(requests[1].Body));
    }

    private static RecordUpsert Upsert(string id, string fields) =>
        new(id, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(fields)!);

    private static List<string> Ids(string? body) =>
        JsonDocument.Parse(body!).RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString()!).ToList();
}

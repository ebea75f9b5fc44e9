using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Core.Records;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceRecordWriterTests
{
    private const string UpsertPath = SalesforceTestServer.DataPath + "/composite/sobjects/Account/Legacy_Id__c";

    [Fact]
    public async Task Upsert_patches_the_collection_by_external_id_and_maps_per_record_results()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).RespondWith(SalesforceTestServer.Json(200, """
            [{"id":"001RO000001aAAAYA2","success":true,"errors":[],"created":true},
             {"id":"001RO000001aAABYA2","success":true,"errors":[],"created":false}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync("Account", "Legacy_Id__c", [Upsert("L-1", """{"Name":"Acme","AnnualRevenue":12.5}"""), Upsert("L-2", """{"Name":"Globex","Phone":null}""")], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Equal([new RecordWriteResult("L-1", "001RO000001aAAAYA2", true, null), new RecordWriteResult("L-2", "001RO000001aAABYA2", false, null)], results);
        var request = Assert.Single(sf.DataRequests());
        Assert.Equal("PATCH", request.Method);
        Assert.Equal(UpsertPath, request.Path);
        Assert.StartsWith("application/json", SalesforceTestServer.Header(request, "Content-Type"), StringComparison.Ordinal);
        SalesforceTestServer.AssertJsonEqual("""
            {"allOrNone":false,"records":[
              {"attributes":{"type":"Account"},"Name":"Acme","AnnualRevenue":12.5,"Legacy_Id__c":"L-1"},
              {"attributes":{"type":"Account"},"Name":"Globex","Phone":null,"Legacy_Id__c":"L-2"}]}
            """, request.Body);
    }

    [Fact]
    public async Task Upsert_resends_only_the_records_that_failed_with_UNABLE_TO_LOCK_ROW()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).InScenario("lock").WillSetStateTo("retry").RespondWith(SalesforceTestServer.Json(200, """
            [{"id":"001RO000001aAAAYA2","success":true,"errors":[],"created":true},
             {"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain exclusive access to this record","fields":[]}]},
             {"id":"001RO000001aAACYA2","success":true,"errors":[],"created":true}]
            """));
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).InScenario("lock").WhenStateIs("retry").RespondWith(SalesforceTestServer.Json(200, """
            [{"id":"001RO000001aAABYA2","success":true,"errors":[],"created":true}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync("Account", "Legacy_Id__c", [Upsert("L-1", "{}"), Upsert("L-2", "{}"), Upsert("L-3", "{}")], WriteLane.Bulk, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.True(r.Succeeded && r.Created, $"{r.Key} should be created"));
        Assert.Equal(["001RO000001aAAAYA2", "001RO000001aAABYA2", "001RO000001aAACYA2"], results.Select(r => r.Id));
        var requests = sf.DataRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal(["L-1", "L-2", "L-3"], ExternalIds(requests[0].Body));
        Assert.Equal(["L-2"], ExternalIds(requests[1].Body));
    }

    [Fact]
    public async Task Record_still_locked_after_the_configured_attempts_fails_as_retryable()
    {
        using var sf = new SalesforceTestServer(new Dictionary<string, string?> { ["RecordRetryAttempts"] = "2" });
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).RespondWith(SalesforceTestServer.Json(200, """
            [{"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain exclusive access to this record","fields":[]}]}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync("Account", "Legacy_Id__c", [Upsert("L-1", "{}")], WriteLane.Bulk, TestContext.Current.CancellationToken);

        var failure = Assert.Single(results).Failure;
        Assert.NotNull(failure);
        Assert.Equal(("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record", true), (failure.Code, failure.Message, failure.Retryable));
        Assert.Equal(3, sf.DataRequests().Count);
    }

    [Fact]
    public async Task Upsert_validation_error_is_a_failure_result_and_is_not_retried()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).RespondWith(SalesforceTestServer.Json(200, """
            [{"success":false,"errors":[{"statusCode":"FIELD_CUSTOM_VALIDATION_EXCEPTION","message":"Revenue must be positive","fields":["AnnualRevenue"]}]}]
            """));

        var results = await sf.Connector.Writer.UpsertAsync("Account", "Legacy_Id__c", [Upsert("L-1", """{"AnnualRevenue":-1}""")], WriteLane.Live, TestContext.Current.CancellationToken);

        var result = Assert.Single(results);
        Assert.Null(result.Id);
        Assert.NotNull(result.Failure);
        Assert.Equal("FIELD_CUSTOM_VALIDATION_EXCEPTION", result.Failure.Code);
        Assert.Equal("Revenue must be positive", result.Failure.Message);
        Assert.Equal(["AnnualRevenue"], result.Failure.Fields);
        Assert.False(result.Failure.Retryable);
        Assert.Single(sf.DataRequests());
    }

    [Fact]
    public async Task Upsert_of_more_than_200_records_is_sent_in_collections_of_at_most_200()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).InScenario("batches").WillSetStateTo("second")
            .RespondWith(SalesforceTestServer.Json(200, Successes(200)));
        sf.Server.Given(Request.Create().WithPath(UpsertPath).UsingPatch()).InScenario("batches").WhenStateIs("second")
            .RespondWith(SalesforceTestServer.Json(200, Successes(50)));
        var records = Enumerable.Range(0, 250).Select(i => Upsert($"L-{i}", "{}")).ToList();

        var results = await sf.Connector.Writer.UpsertAsync("Account", "Legacy_Id__c", records, WriteLane.Bulk, TestContext.Current.CancellationToken);

        Assert.Equal(200, sf.Connector.Writer.MaxBatchSize);
        Assert.Equal(250, results.Count(r => r.Succeeded));
        Assert.Equal(records.Select(r => r.ExternalId), results.Select(r => r.Key));
        Assert.Equal([200, 50], sf.DataRequests().Select(r => ExternalIds(r.Body).Count));
    }

    [Fact]
    public async Task Delete_sends_ids_without_allOrNone_and_counts_already_deleted_as_success()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/composite/sobjects").UsingDelete()).RespondWith(SalesforceTestServer.Json(200, """
            [{"id":"001RO000001aAAAYA2","success":true,"errors":[]},
             {"id":"001RO000001aAABYA2","success":false,"errors":[{"statusCode":"ENTITY_IS_DELETED","message":"entity is deleted","fields":[]}]},
             {"success":false,"errors":[{"statusCode":"INSUFFICIENT_ACCESS_OR_READONLY","message":"insufficient access rights on object id","fields":[]}]}]
            """));

        var results = await sf.Connector.Writer.DeleteAsync("Account", ["001RO000001aAAAYA2", "001RO000001aAABYA2", "001RO000001aAACYA2"], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Equal([true, true, false], results.Select(r => r.Succeeded));
        Assert.Equal("INSUFFICIENT_ACCESS_OR_READONLY", results[2].Failure?.Code);
        var request = Assert.Single(sf.DataRequests());
        Assert.Equal("DELETE", request.Method);
        var query = SalesforceTestServer.Query(request);
        Assert.Equal("001RO000001aAAAYA2,001RO000001aAABYA2,001RO000001aAACYA2", query["ids"]);
        Assert.Equal("false", query["allOrNone"]);
    }

    private static RecordUpsert Upsert(string externalId, string fields) =>
        new(externalId, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(fields)!);

    private static List<string> ExternalIds(string? body) =>
        JsonNode.Parse(body!)!["records"]!.AsArray().Select(r => r!["Legacy_Id__c"]!.GetValue<string>()).ToList();

    private static string Successes(int count) =>
        "[" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"id":"001RO{{i:D10}}AAA","success":true,"errors":[],"created":true}""")) + "]";
}

using System.Text.Json;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.NetSuite.Records;

public sealed class NetSuiteRecordWriterContractTests : IDisposable
{
    private readonly WireMockNetSuite _netSuite = new();

    [Fact]
    public async Task Upsert_puts_each_record_to_its_eid_path_and_reads_the_id_from_Location()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/eid:sf-001").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Location", _netSuite.Server.Url + "/services/rest/record/v1/customer/4711"));

        var results = await Writer().UpsertAsync(
            "customer", "externalId", [new RecordUpsert("sf-001", Fields("""{"companyName":"Acme","email":"a@acme.test"}"""))], WriteLane.Live, TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal(("PUT", "/services/rest/record/v1/customer/eid:sf-001"), (request.Method, request.Path));
        Assert.Equal("""{"companyName":"Acme","email":"a@acme.test"}""", request.Body);
        Assert.Equal(_netSuite.ExpectedAuthorization("PUT", "/services/rest/record/v1/customer/eid:sf-001", TbaVector.Nonce), WireMockNetSuite.Header(request, "Authorization"));
        var result = Assert.Single(results);
        Assert.Equal(("sf-001", "4711", true), (result.Key, result.Id, result.Succeeded));
    }

    [Fact]
    public async Task Upsert_answered_without_Location_finds_the_ids_with_one_SuiteQL_query()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/contact/eid:*").UsingPut()).RespondWith(Response.Create().WithStatusCode(204));
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/query/v1/suiteql").UsingPost()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"links":[],"count":2,"hasMore":false,"offset":0,"totalResults":2,"items":[{"id":"11","externalid":"a"},{"id":"12","externalid":"o'b"}]}"""));

        var results = await Writer().UpsertAsync(
            "contact", "externalId", [new RecordUpsert("a", Fields("{}")), new RecordUpsert("o'b", Fields("{}"))], WriteLane.Bulk, TestContext.Current.CancellationToken);

        Assert.Equal(["11", "12"], results.Select(result => result.Id));
        var query = Assert.Single(_netSuite.Requests, request => request.Method == "POST");
        Assert.Equal("""{"q":"SELECT id, externalid FROM contact WHERE (externalid IN ('a', 'o''b'))"}""", query.Body);
    }

    [Fact]
    public async Task Upsert_rejected_for_one_record_returns_its_failure_and_writes_the_others()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/eid:bad").UsingPut()).RespondWith(Response.Create().WithStatusCode(400)
            .WithBody("""{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1","title":"Bad Request","status":400,"o:errorDetails":[{"detail":"Invalid email address.","o:errorPath":"email","o:errorCode":"USER_ERROR"}]}"""));
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/eid:good").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Location", "/services/rest/record/v1/customer/2"));

        var results = await Writer().UpsertAsync(
            "customer", "externalId", [new RecordUpsert("bad", Fields("""{"email":"x"}""")), new RecordUpsert("good", Fields("{}"))], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.Equal(["bad", "good"], results.Select(result => result.Key));
        var failure = results[0].Failure!;
        Assert.Equal(("USER_ERROR", "Invalid email address.", false), (failure.Code, failure.Message, failure.Retryable));
        Assert.Equal(["email"], failure.Fields);
        Assert.Equal("2", results[1].Id);
        Assert.Equal(2, _netSuite.Requests.Count);
    }

    [Fact]
    public async Task Delete_succeeds_for_a_deleted_and_for_an_already_missing_record()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/1").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/2").UsingDelete()).RespondWith(Response.Create().WithStatusCode(404)
            .WithBody("""{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5","title":"Not Found","status":404,"o:errorDetails":[{"detail":"Record not found.","o:errorCode":"NONEXISTENT_ID"}]}"""));

        var results = await Writer().DeleteAsync("customer", ["1", "2"], WriteLane.Live, TestContext.Current.CancellationToken);

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.Equal(["1", "2"], results.Select(result => result.Id));
        Assert.Equal(2, _netSuite.Requests.Count(request => request.Method == "DELETE"));
    }

    [Fact]
    public async Task Upsert_keyed_by_another_field_than_externalId_is_refused_before_any_request()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Writer().UpsertAsync("customer", "email", [new RecordUpsert("x", Fields("{}"))], WriteLane.Live, TestContext.Current.CancellationToken));

        Assert.Contains("'email'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_netSuite.Requests);
    }

    public void Dispose() => _netSuite.Dispose();

    private IRecordWriter Writer() => _netSuite.Harness.Connector().Writer;

    private static Dictionary<string, JsonElement> Fields(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}

using System.Text.Json;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.NetSuite.Records;

public sealed class NetSuiteRecordWriterByIdContractTests : IDisposable
{
    private readonly WireMockNetSuite _netSuite = new();

    [Fact]
    public async Task Upsert_by_record_id_patches_the_record_by_its_internal_id_and_stamps_the_external_id()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/4711").UsingPatch()).RespondWith(Response.Create().WithStatusCode(204));

        var results = await Writer().UpsertAsync(
            "customer", RecordIdKey.Field, [new RecordUpsert("4711", Fields("""{"companyName":"Acme","externalId":"sf-001"}"""))], WriteLane.Live, TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal(("PATCH", "/services/rest/record/v1/customer/4711"), (request.Method, request.Path));
        Assert.Equal("""{"companyName":"Acme","externalId":"sf-001"}""", request.Body);
        Assert.Equal(_netSuite.ExpectedAuthorization("PATCH", "/services/rest/record/v1/customer/4711", TbaVector.Nonce), WireMockNetSuite.Header(request, "Authorization"));
        Assert.Equal([new RecordWriteResult("4711", "4711", false, null)], results);
    }

    [Fact]
    public async Task Upsert_by_record_id_of_a_missing_record_fails_that_record_without_creating_or_retrying()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/999").UsingPatch()).RespondWith(Response.Create().WithStatusCode(404)
            .WithBody("""{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5","title":"Not Found","status":404,"o:errorDetails":[{"detail":"The record instance does not exist. Provide a valid record instance ID.","o:errorCode":"NONEXISTENT_ID"}]}"""));
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/12").UsingPatch()).RespondWith(Response.Create().WithStatusCode(204));

        var results = await Writer().UpsertAsync(
            "customer", RecordIdKey.Field, [new RecordUpsert("999", Fields("""{"externalId":"sf-9"}""")), new RecordUpsert("12", Fields("""{"externalId":"sf-2"}"""))], WriteLane.Bulk, TestContext.Current.CancellationToken);

        Assert.Equal(("999", null, false), (results[0].Key, results[0].Id, results[0].Created));
        var failure = results[0].Failure!;
        Assert.Equal(("NONEXISTENT_ID", "The record instance does not exist. Provide a valid record instance ID.", false), (failure.Code, failure.Message, failure.Retryable));
        Assert.Equal(new RecordWriteResult("12", "12", false, null), results[1]);
        Assert.Equal(["PATCH", "PATCH"], _netSuite.Requests.Select(request => request.Method));
        Assert.Single(_netSuite.Requests, request => request.Path == "/services/rest/record/v1/customer/999");
    }

    public void Dispose() => _netSuite.Dispose();

    private IRecordWriter Writer() => _netSuite.Harness.Connector().Writer;

    private static Dictionary<string, JsonElement> Fields(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}

using System.Net;
using System.Text.Json.Nodes;
using Integration.Connectors.Salesforce;
using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Http;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceResilienceTests
{
    private const string QueryPath = SalesforceTestServer.DataPath + "/query";
    private const string CountBody = """{"totalSize":42,"done":true,"records":[]}""";

    [Fact]
    public async Task Server_503_is_retried_then_the_call_succeeds()
    {
        using var sf = new SalesforceTestServer();
        StubSequence(sf, QueryPath, (503, "Service Unavailable"), (503, "Service Unavailable"), (200, CountBody));

        var count = await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        Assert.Equal(42, count);
        Assert.Equal(3, sf.DataRequests().Count);
    }

    [Fact]
    public async Task Whole_request_UNABLE_TO_LOCK_ROW_is_retried()
    {
        using var sf = new SalesforceTestServer();
        StubSequence(sf, QueryPath, (400, """[{"message":"unable to obtain exclusive access to this record","errorCode":"UNABLE_TO_LOCK_ROW","fields":[]}]"""), (200, CountBody));

        var count = await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        Assert.Equal(42, count);
        Assert.Equal(2, sf.DataRequests().Count);
    }

    [Fact]
    public async Task Persistent_503_fails_after_the_configured_retries_with_a_retryable_error()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(503).WithBody("Service Unavailable"));

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("HTTP_503", error.ErrorCode);
        Assert.True(error.IsRetryable);
        Assert.Equal(4, sf.DataRequests().Count);
    }

    [Fact]
    public async Task Attempt_that_exceeds_the_attempt_timeout_is_abandoned_and_retried()
    {
        using var sf = new SalesforceTestServer(new Dictionary<string, string?> { ["Resilience:AttemptTimeout"] = "00:00:00.200" });
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).InScenario("slow").WillSetStateTo("fast")
            .RespondWith(SalesforceTestServer.Json(200, CountBody).WithDelay(TimeSpan.FromSeconds(1)));
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).InScenario("slow").WhenStateIs("fast")
            .RespondWith(SalesforceTestServer.Json(200, """{"totalSize":43,"done":true,"records":[]}"""));

        var count = await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        // 43 comes only from the second stub, reachable only after the slow first attempt was received;
        // WireMock logs the slow request only when its delayed answer is written, so the log is not counted.
        Assert.Equal(43, count);
    }

    [Theory]
    [InlineData(400, "MALFORMED_QUERY", "\nSELECT Nam FROM Account\n       ^\nERROR at Row:1:Column:8\nunexpected token: 'Nam'")]
    [InlineData(400, "INVALID_FIELD", "\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Account'.")]
    [InlineData(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")]
    public async Task Vendor_errors_that_cannot_succeed_are_not_retried(int status, string code, string message)
    {
        using var sf = new SalesforceTestServer();
        var body = new JsonArray(new JsonObject { ["message"] = message, ["errorCode"] = code }).ToJsonString();
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).RespondWith(SalesforceTestServer.Json(status, body));

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(message, error.VendorMessage);
        Assert.False(error.IsRetryable);
        Assert.Single(sf.DataRequests());
    }

    [Fact]
    public async Task Whole_request_error_array_keeps_code_message_and_fields()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/composite/sobjects/Account/Legacy_Id__c").UsingPatch())
            .RespondWith(SalesforceTestServer.Json(400, """[{"message":"Account ID: id value of incorrect type: 001XYZ","errorCode":"MALFORMED_ID","fields":["Id"]}]"""));

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => sf.Connector.Writer.UpsertAsync(
            "Account", "Legacy_Id__c", [new("L-1", new Dictionary<string, System.Text.Json.JsonElement>())], Integration.Core.Records.WriteLane.Live, TestContext.Current.CancellationToken));

        Assert.Equal("MALFORMED_ID", error.ErrorCode);
        Assert.Equal(["Id"], error.Fields);
        Assert.Single(sf.DataRequests());
    }

    [Fact]
    public async Task Plain_create_is_not_retried_after_a_503()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/composite/sobjects").UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        var collections = sf.Provider.GetRequiredKeyedService<ISalesforceCollectionsApi>(SalesforceTestServer.Connection);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => collections.CreateAsync(
            new SalesforceCollectionRequest(false, [new JsonObject { ["attributes"] = new JsonObject { ["type"] = "Account" }, ["Name"] = "Acme" }]),
            TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(sf.DataRequests());
    }

    [Fact]
    public async Task Daily_api_usage_is_read_from_Sforce_Limit_Info()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithHeader("Sforce-Limit-Info", "api-usage=10018/100000; per-app-api-usage=17/250(appName=sync)").WithBody(CountBody));

        await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        var usage = sf.Provider.GetRequiredKeyedService<SalesforceApiUsage>(SalesforceTestServer.Connection);
        Assert.Equal(10018, usage.Used);
        Assert.Equal(100000, usage.Limit);
    }

    private static void StubSequence(SalesforceTestServer sf, string path, params (int Status, string Body)[] responses)
    {
        for (var i = 0; i < responses.Length; i++)
        {
            var request = Request.Create().WithPath(path).UsingGet();
            var stub = i == 0 ? sf.Server.Given(request).InScenario(path) : sf.Server.Given(request).InScenario(path).WhenStateIs($"s{i}");
            var next = i < responses.Length - 1 ? stub.WillSetStateTo($"s{i + 1}") : stub;
            next.RespondWith(SalesforceTestServer.Json(responses[i].Status, responses[i].Body));
        }
    }
}

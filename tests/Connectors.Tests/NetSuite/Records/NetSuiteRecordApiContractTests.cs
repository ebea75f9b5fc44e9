using System.Net;
using System.Text.Json;
using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Errors;
using Integration.Connectors.Tests.NetSuite.Harness;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.NetSuite.Records;

public sealed class NetSuiteRecordApiContractTests : IDisposable
{
    private readonly WireMockNetSuite _netSuite = new();

    [Fact]
    public async Task Get_by_id_sends_a_signed_GET_and_reads_links_and_refName_shapes()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/contact/42").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                {"links":[{"rel":"self","href":"https://x/services/rest/record/v1/contact/42"}],"id":"42","firstName":"Ada",
                 "company":{"id":"7","refName":"Acme Ltd","links":[{"rel":"self","href":"https://x/services/rest/record/v1/customer/7"}]},
                 "lastModifiedDate":"2026-11-29T10:00:00Z"}
                """));

        var record = await _netSuite.Records.GetAsync("contact", "42", TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/services/rest/record/v1/contact/42", request.Path);
        Assert.Equal(_netSuite.ExpectedAuthorization("GET", "/services/rest/record/v1/contact/42", TbaVector.Nonce), WireMockNetSuite.Header(request, "Authorization"));
        Assert.Equal("Acme Ltd", record.GetProperty("company").GetProperty("refName").GetString());
        Assert.Equal("7", record.GetProperty("company").GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_sends_limit_and_offset_and_reads_the_collection_page()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                {"links":[{"rel":"next","href":"https://x/services/rest/record/v1/customer?limit=2&offset=6"}],"count":2,"hasMore":true,
                 "items":[{"id":"5","links":[]},{"id":"6","links":[]}],"offset":4,"totalResults":9}
                """));

        var page = await _netSuite.Records.ListAsync("customer", 2, 4, TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal("limit=2&offset=4", request.RawQuery?.TrimStart('?'));
        Assert.Equal(_netSuite.ExpectedAuthorization("GET", "/services/rest/record/v1/customer?limit=2&offset=4", TbaVector.Nonce), WireMockNetSuite.Header(request, "Authorization"));
        Assert.Equal(["5", "6"], page.Items.Select(item => item.Id));
        Assert.True(page.HasMore);
        Assert.Equal((2, 4, 9), (page.Count, page.Offset, page.TotalResults));
        Assert.Equal("next", Assert.Single(page.Links!).Rel);
    }

    [Fact]
    public async Task Create_posts_the_json_body_and_answers_204_with_the_Location_of_the_new_record()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Location", _netSuite.Server.Url + "/services/rest/record/v1/customer/901"));

        using var response = await _netSuite.Records.CreateAsync("customer", Fields("""{"companyName":"Acme","isPerson":false}"""), TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("""{"companyName":"Acme","isPerson":false}""", request.Body);
        Assert.StartsWith("application/json", WireMockNetSuite.Header(request, "Content-Type"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.EndsWith("/customer/901", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_patches_only_the_given_fields()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/salesOrder/77").UsingPatch()).RespondWith(Response.Create().WithStatusCode(204));

        using var response = await _netSuite.Records.UpdateAsync("salesOrder", "77", Fields("""{"memo":null}"""), TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal(("PATCH", "/services/rest/record/v1/salesOrder/77", """{"memo":null}"""), (request.Method, request.Path, request.Body));
        Assert.Equal(_netSuite.ExpectedAuthorization("PATCH", "/services/rest/record/v1/salesOrder/77", TbaVector.Nonce), WireMockNetSuite.Header(request, "Authorization"));
    }

    [Fact]
    public async Task Delete_sends_DELETE_to_the_record()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/contact/5").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));

        using var response = await _netSuite.Records.DeleteAsync("contact", "5", TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal(("DELETE", "/services/rest/record/v1/contact/5"), (request.Method, request.Path));
    }

    [Fact]
    public async Task Error_body_becomes_NetSuiteApiException_with_the_vendor_fields()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/vnd.oracle.resource+json; type=error").WithBody("""
                {"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2","title":"Unauthorized","status":401,
                 "o:errorDetails":[{"detail":"Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.","o:errorCode":"INVALID_LOGIN"}]}
                """));

        var error = await Assert.ThrowsAsync<NetSuiteApiException>(() =>
            NetSuiteCall.RunAsync(() => _netSuite.Records.GetAsync("customer", "1", TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal("INVALID_LOGIN", error.ErrorCode);
        Assert.Equal("Unauthorized", error.Title);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2", error.Type);
        Assert.StartsWith("Invalid login attempt.", error.Detail, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Single(_netSuite.Requests);
    }

    public void Dispose() => _netSuite.Dispose();

    private static Dictionary<string, JsonElement> Fields(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}

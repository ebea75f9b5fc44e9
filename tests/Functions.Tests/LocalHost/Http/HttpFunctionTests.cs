using System.Net;
using Integration.Functions.Tests.LocalHost.Hosting;

namespace Integration.Functions.Tests.LocalHost.Http;

public sealed class HttpFunctionTests
{
    private static readonly Dictionary<string, string?> Keys = new()
    {
        ["LocalHost:Keys:Master"] = "master-key",
        ["LocalHost:Keys:Default"] = "default-key",
        ["LocalHost:Keys:Functions:SecureFunction"] = "secure-own-key",
    };

    [Theory]
    [InlineData("GET", "/api/secure", null, null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/secure", "wrong-key", null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/secure", null, "wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/secure", "secure-own-key", null, HttpStatusCode.OK)]
    [InlineData("GET", "/api/secure", null, "secure-own-key", HttpStatusCode.OK)]
    [InlineData("GET", "/api/secure", "default-key", null, HttpStatusCode.OK)]
    [InlineData("GET", "/api/secure", null, "master-key", HttpStatusCode.OK)]
    [InlineData("GET", "/api/other", "secure-own-key", null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/other", "default-key", null, HttpStatusCode.OK)]
    [InlineData("POST", "/api/admin/things", null, null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/admin/things", "default-key", null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/admin/things", "secure-own-key", null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/admin/things", "master-key", null, HttpStatusCode.OK)]
    [InlineData("POST", "/api/admin/things", null, "master-key", HttpStatusCode.OK)]
    [InlineData("GET", "/api/OpenFunction", null, null, HttpStatusCode.OK)]
    [InlineData("POST", "/api/secure", "master-key", null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/nothing-here", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/secure", "master-key", null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/fail", null, null, HttpStatusCode.InternalServerError)]
    public async Task Request_is_answered_per_authorization_level_key_route_and_method(string method, string path, string? headerKey, string? queryKey, HttpStatusCode expected)
    {
        await using var host = await TestLocalHost.StartAsync([typeof(KeyedHttpFunctions)], Keys);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), queryKey is null ? path : $"{path}?code={queryKey}");
        if (headerKey is not null)
        {
            request.Headers.Add("x-functions-key", headerKey);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.InternalServerError)
        {
            Assert.Equal("", body);
        }
    }

    [Theory]
    [InlineData("/api/secure", """{"level":"function"}""")]
    [InlineData("/api/OpenFunction", "open")]
    [InlineData("/api/items/7/widget", """{"id":7,"name":"widget"}""")]
    public async Task Function_result_is_written_to_the_response(string path, string expectedBody)
    {
        await using var host = await TestLocalHost.StartAsync([typeof(KeyedHttpFunctions)], Keys);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", "master-key");

        var body = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(expectedBody, body);
    }
}

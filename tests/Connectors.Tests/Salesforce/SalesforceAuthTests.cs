using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Integration.Connectors.Salesforce;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceAuthTests
{
    private const string CountBody = """{"totalSize":7,"done":true,"records":[]}""";

    [Fact]
    public async Task Token_request_posts_client_credentials_form_to_login_url()
    {
        using var sf = new SalesforceTestServer();
        StubCount(sf);

        await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        var token = Assert.Single(sf.TokenRequests());
        Assert.Equal("POST", token.Method);
        Assert.StartsWith("application/x-www-form-urlencoded", SalesforceTestServer.Header(token, "Content-Type"), StringComparison.Ordinal);
        var form = HttpUtility.ParseQueryString(token.Body!);
        Assert.Equal(["grant_type", "client_id", "client_secret"], form.AllKeys.Select(k => k ?? ""));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(SalesforceTestServer.ClientId, form["client_id"]);
        Assert.Equal(SalesforceTestServer.ClientSecret, form["client_secret"]);
    }

    [Fact]
    public async Task Api_call_goes_to_instance_url_with_bearer_token_and_call_options()
    {
        using var sf = new SalesforceTestServer();
        StubCount(sf);

        var count = await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        Assert.Equal(7, count);
        var call = Assert.Single(sf.DataRequests());
        Assert.Equal("Bearer token-1", SalesforceTestServer.Header(call, "Authorization"));
        Assert.Equal("client=" + SalesforceTestServer.ClientId, SalesforceTestServer.Header(call, "Sforce-Call-Options"));
        Assert.StartsWith(sf.Server.Url + "/services/data/v68.0/query", call.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwt_bearer_grant_posts_an_RS256_assertion_with_iss_sub_aud_exp()
    {
        using var rsa = RSA.Create(2048);
        using var sf = new SalesforceTestServer(new Dictionary<string, string?>
        {
            [$"Connections:{SalesforceTestServer.Connection}:ClientSecret"] = null,
            [$"Connections:{SalesforceTestServer.Connection}:PrivateKeyPem"] = rsa.ExportRSAPrivateKeyPem(),
            [$"Connections:{SalesforceTestServer.Connection}:Username"] = "integration@acme.example",
        });
        StubCount(sf);

        await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        var form = HttpUtility.ParseQueryString(Assert.Single(sf.TokenRequests()).Body!);
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", form["grant_type"]);
        var parts = form["assertion"]!.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.True(rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "signature must verify with the key's public half");
        using var header = JsonDocument.Parse(Base64Url(parts[0]));
        Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
        using var claims = JsonDocument.Parse(Base64Url(parts[1]));
        Assert.Equal(SalesforceTestServer.ClientId, claims.RootElement.GetProperty("iss").GetString());
        Assert.Equal("integration@acme.example", claims.RootElement.GetProperty("sub").GetString());
        Assert.Equal(sf.Server.Url, claims.RootElement.GetProperty("aud").GetString());
        Assert.InRange(claims.RootElement.GetProperty("exp").GetInt64(), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Expired_session_refreshes_the_token_once_and_replays_the_request()
    {
        using var sf = new SalesforceTestServer(stubToken: false);
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost()).InScenario("token").WillSetStateTo("second")
            .RespondWith(SalesforceTestServer.Json(200, sf.TokenJson("token-1")));
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost()).InScenario("token").WhenStateIs("second")
            .RespondWith(SalesforceTestServer.Json(200, sf.TokenJson("token-2")));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet().WithHeader("Authorization", "Bearer token-1"))
            .RespondWith(SalesforceTestServer.Json(401, """[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]"""));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet().WithHeader("Authorization", "Bearer token-2"))
            .RespondWith(SalesforceTestServer.Json(200, CountBody));

        var count = await sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken);

        Assert.Equal(7, count);
        Assert.Equal(2, sf.TokenRequests().Count);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], sf.DataRequests().Select(r => SalesforceTestServer.Header(r, "Authorization")));
        Assert.Equal(sf.DataRequests()[0].Url, sf.DataRequests()[1].Url);
    }

    [Fact]
    public async Task Concurrent_calls_rejected_with_INVALID_SESSION_ID_share_one_refresh()
    {
        using var sf = new SalesforceTestServer(stubToken: false);
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost()).InScenario("token").WillSetStateTo("second")
            .RespondWith(SalesforceTestServer.Json(200, sf.TokenJson("token-1")));
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost()).InScenario("token").WhenStateIs("second")
            .RespondWith(SalesforceTestServer.Json(200, sf.TokenJson("token-2")));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet().WithHeader("Authorization", "Bearer token-1"))
            .RespondWith(SalesforceTestServer.Json(401, """[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]"""));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet().WithHeader("Authorization", "Bearer token-2"))
            .RespondWith(SalesforceTestServer.Json(200, CountBody));
        var aggregates = sf.Connector.Aggregates;

        var counts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken)));

        Assert.All(counts, c => Assert.Equal(7, c));
        Assert.Equal(2, sf.TokenRequests().Count);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        using var sf = new SalesforceTestServer();
        StubCount(sf);
        var aggregates = sf.Connector.Aggregates;

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken)));

        Assert.All(counts, c => Assert.Equal(7, c));
        Assert.Single(sf.TokenRequests());
        Assert.Equal(8, sf.DataRequests().Count);
    }

    [Fact]
    public async Task Rejected_credentials_surface_the_vendor_error_without_the_secret()
    {
        using var sf = new SalesforceTestServer(stubToken: false);
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost())
            .RespondWith(SalesforceTestServer.Json(400, """{"error":"invalid_client","error_description":"invalid client credentials"}"""));

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => sf.Connector.Aggregates.CountAsync("Account", null, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Equal("invalid client credentials", error.VendorMessage);
        Assert.False(error.IsRetryable);
        Assert.DoesNotContain(SalesforceTestServer.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.Single(sf.TokenRequests());
        Assert.Empty(sf.DataRequests());
    }

    private static void StubCount(SalesforceTestServer sf) =>
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet())
            .RespondWith(SalesforceTestServer.Json(200, CountBody));

    private static byte[] Base64Url(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);
}

using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Auth;

namespace Integration.Sandbox.Tests.NetSuite.Auth;

public sealed class TbaTests(SandboxFixture fixture)
{
    // Computed with Python (hmac, hashlib.sha256, urllib.parse.quote(safe='~')) for the inputs below.
    private const string VectorSignature = "hDba/lnU0FP+ZefTb6kJ07Gtoh54zYsck6m8ncnL168=";
    private static readonly Uri VectorUri = new("http://127.0.0.1:5330/services/rest/record/v1/customer?limit=5&offset=0&q=a%20b%2Bc");
    private static readonly Dictionary<string, string> VectorOAuth = new()
    {
        ["oauth_consumer_key"] = "ck-vector",
        ["oauth_token"] = "tok-vector",
        ["oauth_signature_method"] = "HMAC-SHA256",
        ["oauth_timestamp"] = "1795428930",
        ["oauth_nonce"] = "abcDEF123456",
        ["oauth_version"] = "1.0",
    };

    private const string InvalidLoginBody = """{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2","title":"Unauthorized","status":401,"o:errorDetails":[{"detail":"Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.","o:errorCode":"INVALID_LOGIN"}]}""";

    [Fact]
    public void Signature_of_fixed_inputs_matches_an_independently_computed_vector()
    {
        var query = TbaSignature.QueryParameters(VectorUri.Query);
        var baseString = TbaSignature.BaseString("GET", VectorUri.GetLeftPart(UriPartial.Path), VectorOAuth.Concat(query));

        Assert.Equal(VectorSignature, TbaSignature.Sign(baseString, "cs sec/ret", "ts~secret"));
        Assert.Equal(VectorSignature, TbaSigner.Signature("GET", VectorUri, VectorOAuth, "cs sec/ret", "ts~secret"));
    }

    [Fact]
    public async Task Signed_request_with_query_parameters_is_accepted()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (status, body, _) = await account.CallAsync(HttpMethod.Get, "services/rest/record/v1/customer?limit=5&offset=0");

        Assert.Equal(200, status);
        Assert.Equal(0, (int)body!["totalResults"]!);
    }

    public static TheoryData<string, Func<NetSuiteTestAccount, Uri, long, string>> Forgeries => new()
    {
        { "signature off by one character", (a, uri, now) => OffByOne(a.Sign(HttpMethod.Get, uri, now)) },
        { "timestamp 301 s in the past", (a, uri, now) => a.Sign(HttpMethod.Get, uri, now - 301) },
        { "timestamp 301 s in the future", (a, uri, now) => a.Sign(HttpMethod.Get, uri, now + 301) },
        { "realm in lower case", (a, uri, now) => a.Sign(HttpMethod.Get, uri, now, realm: a.Options.AccountId.ToLowerInvariant()) },
        { "query left out of the base string", (a, uri, now) => a.Sign(HttpMethod.Get, new Uri(uri.GetLeftPart(UriPartial.Path)), now) },
        { "HMAC-SHA1", (a, uri, now) => TbaSigner.Header(a.Options.AccountId, "GET", uri, a.Options.ConsumerKey, a.Options.ConsumerSecret, a.Options.TokenId, a.Options.TokenSecret, now, NetSuiteTestAccount.NewNonce(), "HMAC-SHA1") },
        { "nonce of 5 characters", (a, uri, now) => a.Sign(HttpMethod.Get, uri, now, nonce: "abcde") },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Request_with_forged_or_stale_credentials_gets_401_INVALID_LOGIN(string forgery, Func<NetSuiteTestAccount, Uri, long, string> authorization)
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var uri = new Uri(account.Http.BaseAddress!, "services/rest/record/v1/customer?limit=5");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Authorization", authorization(account, uri, fixture.Time.GetUtcNow().ToUnixTimeSeconds()));

        using var response = await account.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(401 == (int)response.StatusCode, $"{forgery}: expected 401, got {(int)response.StatusCode}");
        Assert.Equal(InvalidLoginBody, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Replayed_nonce_and_timestamp_is_rejected_the_second_time()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var uri = new Uri(account.Http.BaseAddress!, "services/rest/record/v1/contact");
        var header = account.Sign(HttpMethod.Get, uri);

        var statuses = new List<int>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("Authorization", header);
            using var response = await account.Http.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([200, 401], statuses);
    }

    [Fact]
    public async Task Request_without_authorization_gets_the_INVALID_LOGIN_error_shape()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        using var response = await account.Http.GetAsync("services/rest/record/v1/customer", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(401, (int)body["status"]!);
        Assert.Equal("INVALID_LOGIN", (string)body["o:errorDetails"]![0]!["o:errorCode"]!);
    }

    private static string OffByOne(string header)
    {
        const string Marker = "oauth_signature=\"";
        var at = header.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        return string.Concat(header.AsSpan(0, at), header[at] == 'A' ? "B" : "A", header.AsSpan(at + 1));
    }
}

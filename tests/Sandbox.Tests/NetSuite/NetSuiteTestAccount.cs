using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite;

namespace Integration.Sandbox.Tests.NetSuite;

/// <summary>A test's own NetSuite account: requests signed with TBA at the sandbox clock, plus its control API.</summary>
public sealed class NetSuiteTestAccount(SandboxHost host, NetSuiteAccountOptions options, TimeProvider time)
{
    public NetSuiteAccountOptions Options { get; } = options;
    public HttpClient Http { get; } = new() { BaseAddress = host.NetSuiteBaseUrl };
    public string ControlPath => $"_sandbox/netsuite/accounts/{Options.AccountId}";

    public static async Task<NetSuiteTestAccount> CreateAsync(SandboxHost host, TimeProvider time, int concurrencyLimit = 5, string timeZone = "America/Los_Angeles")
    {
        var id = $"{Random.Shared.Next(1_000_000, 9_999_999)}_SB{Random.Shared.Next(1, 9)}";
        var options = new NetSuiteAccountOptions
        {
            AccountId = id,
            ConsumerKey = $"ck-{Guid.NewGuid():N}",
            ConsumerSecret = $"cs-{Guid.NewGuid():N}",
            TokenId = $"tk-{Guid.NewGuid():N}",
            TokenSecret = $"ts-{Guid.NewGuid():N}",
            ConcurrencyLimit = concurrencyLimit,
            TimeZone = timeZone,
        };
        var account = new NetSuiteTestAccount(host, options, time);
        using var created = await account.Http.PostAsJsonAsync("_sandbox/netsuite/accounts", options, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return account;
    }

    public static string NewNonce() => Guid.NewGuid().ToString("N")[..20];

    public string Sign(HttpMethod method, Uri uri, long? timestamp = null, string? nonce = null, string? realm = null) =>
        TbaSigner.Header(realm ?? Options.AccountId, method.Method, uri, Options.ConsumerKey, Options.ConsumerSecret, Options.TokenId, Options.TokenSecret,
            timestamp ?? time.GetUtcNow().ToUnixTimeSeconds(), nonce ?? NewNonce());

    public HttpRequestMessage Request(HttpMethod method, string path, JsonNode? body = null, string? authorization = null)
    {
        var request = new HttpRequestMessage(method, new Uri(Http.BaseAddress!, path));
        request.Headers.TryAddWithoutValidation("Authorization", authorization ?? Sign(method, request.RequestUri!));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }

    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> CallAsync(HttpMethod method, string path, JsonNode? body = null, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = Request(method, path, body);
        adjust?.Invoke(request);
        var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public async Task<string> CreateAsync(string type, JsonObject body)
    {
        var (status, error, response) = await CallAsync(HttpMethod.Post, $"services/rest/record/v1/{type}", body);
        Assert.True(status == 204, $"create {type} answered {status}: {error?.ToJsonString()}");
        return response.Headers.Location!.Segments[^1];
    }

    public async Task<JsonObject> QueryAsync(string suiteQl, int limit = 1000, int offset = 0)
    {
        var (status, body, _) = await CallAsync(HttpMethod.Post, $"services/rest/query/v1/suiteql?limit={limit}&offset={offset}", new JsonObject { ["q"] = suiteQl },
            r => r.Headers.TryAddWithoutValidation("Prefer", "transient"));
        Assert.True(status == 200, $"{suiteQl} answered {status}: {body?.ToJsonString()}");
        return body!.AsObject();
    }

    public async Task<JsonObject> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"{ControlPath}{path}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot;

/// <summary>A test's own portal: a client with its app's bearer token, the control API, and call helpers.</summary>
public sealed class HubSpotTestPortal
{
    private HubSpotTestPortal(Uri baseUrl, string name, string token, long appId, string clientSecret, long portalId)
    {
        Name = name;
        Token = token;
        AppId = appId;
        ClientSecret = clientSecret;
        PortalId = portalId;
        Http = new HttpClient { BaseAddress = baseUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Control = new HttpClient { BaseAddress = baseUrl };
    }

    public string Name { get; }
    public string Token { get; }
    public long AppId { get; }
    public string ClientSecret { get; }
    public long PortalId { get; }
    public HttpClient Http { get; }
    public HttpClient Control { get; }
    public string ControlPath => $"_sandbox/hubspot/portals/{Name}";

    /// <summary>
    /// A new portal. The fixture's clock never moves, so rolling windows never empty: limits default high,
    /// and rate-limit tests set their own.
    /// </summary>
    public static async Task<HubSpotTestPortal> CreateAsync(SandboxHost host, int tenSecondLimit = 1_000_000, long dailyLimit = 100_000_000, int searchPerSecond = 1_000_000)
    {
        var name = $"portal-{Guid.NewGuid():N}";
        var appId = Random.Shared.NextInt64(100_000, 999_999);
        var options = new { name, token = $"pat-na1-{Guid.NewGuid()}", appId, clientSecret = $"secret-{name}", tenSecondLimit, dailyLimit, searchPerSecond };
        using var control = new HttpClient { BaseAddress = host.HubSpotBaseUrl };
        using var created = await control.PostAsJsonAsync("_sandbox/hubspot/portals", options, TestContext.Current.CancellationToken);
        var body = await ReadAsync(created);
        Assert.True(created.StatusCode == System.Net.HttpStatusCode.Created, $"creating a portal answered {(int)created.StatusCode}: {body?.ToJsonString()}");
        return new HubSpotTestPortal(host.HubSpotBaseUrl, name, options.token, appId, options.clientSecret, (long)body!["portalId"]!);
    }

    public async Task<(int Status, JsonNode? Body)> CallAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var response = await SendAsync(method, path, body);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<string> CreateObjectAsync(string objectType, JsonObject properties)
    {
        var (status, body) = await CallAsync(HttpMethod.Post, $"crm/v3/objects/{objectType}", new JsonObject { ["properties"] = properties });
        Assert.True(status == 201, $"create {objectType} answered {status}: {body?.ToJsonString()}");
        return (string)body!["id"]!;
    }

    public async Task<JsonNode?> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"{ControlPath}{path}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Control.SendAsync(request, TestContext.Current.CancellationToken);
        var json = await ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"control {method} {path} answered {(int)response.StatusCode}: {json?.ToJsonString()}");
        return json;
    }

    public Task<JsonNode?> SeedAsync(int seed, int companies, int contactsPerCompany = 0, int dealsPerCompany = 0) =>
        ControlAsync(HttpMethod.Post, "/seed", new { seed, companies, contactsPerCompany, dealsPerCompany });

    public static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}

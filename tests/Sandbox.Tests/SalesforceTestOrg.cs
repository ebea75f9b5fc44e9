using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce;

namespace Integration.Sandbox.Tests;

/// <summary>A test's own org: an authenticated REST client plus its control API.</summary>
public sealed class SalesforceTestOrg(Uri baseUrl, SalesforceOrgOptions options, HttpClient control)
{
    public const string Version = "68.0";

    public SalesforceOrgOptions Options { get; } = options;
    public HttpClient Http { get; } = NewClient(baseUrl);
    public HttpClient Control { get; } = control;
    public string ControlPath => $"_sandbox/salesforce/orgs/{Options.Name}";

    public static HttpClient NewClient(Uri baseUrl) => new() { BaseAddress = baseUrl };

    public static string Api(string path) => $"services/data/v{Version}/{path}";

    public async Task AuthenticateAsync()
    {
        using var response = await Http.PostAsync("services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret,
        }), TestContext.Current.CancellationToken);
        var json = await ReadAsync(response);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)json!["access_token"]!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, Api(path));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<(int Status, JsonNode? Body)> CallAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var response = await SendAsync(method, path, body);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public async Task<string> CreateAsync(string objectName, JsonObject fields)
    {
        var (status, body) = await CallAsync(HttpMethod.Post, $"sobjects/{objectName}", fields);
        Assert.True(status == 201, $"create {objectName} answered {status}: {body?.ToJsonString()}");
        return (string)body!["id"]!;
    }

    public async Task<JsonObject> QueryAsync(string soql, string resource = "query")
    {
        var (status, body) = await CallAsync(HttpMethod.Get, $"{resource}?q={Uri.EscapeDataString(soql)}");
        Assert.True(status == 200, $"{soql} answered {status}: {body?.ToJsonString()}");
        return body!.AsObject();
    }

    public async Task<JsonObject> SeedAsync(int seed, int accounts, int contactsPerAccount = 0, int opportunitiesPerAccount = 0)
    {
        using var response = await Control.PostAsJsonAsync($"{ControlPath}/seed",
            new { seed, accounts, contactsPerAccount, opportunitiesPerAccount }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"seed answered {(int)response.StatusCode}");
        return (await ReadAsync(response))!.AsObject();
    }

    /// <summary>JSON text without HTML-safe escaping, as the sandbox writes it.</summary>
    public static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}

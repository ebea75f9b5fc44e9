using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>Direct calls to the sandbox's vendor APIs, standing in for users of Salesforce and HubSpot.</summary>
internal sealed class SandboxClients(SandboxHost sandbox) : IDisposable
{
    public const string SalesforceClientId = "sandbox-sf-client";
    public const string SalesforceClientSecret = "sandbox-sf-secret";
    public const string HubSpotToken = "sandbox-hs-token";
    public const string HubSpotClientSecret = "sandbox-hs-client-secret";

    private readonly HttpClient _salesforce = new() { BaseAddress = sandbox.SalesforceBaseUrl };
    private readonly HttpClient _hubSpot = new() { BaseAddress = sandbox.HubSpotBaseUrl };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<string> CreateSalesforceAccountAsync(string name, string phone)
    {
        using var token = await _salesforce.PostAsync("services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SalesforceClientId,
            ["client_secret"] = SalesforceClientSecret,
        }), Ct);
        var accessToken = (string)(await token.Content.ReadFromJsonAsync<JsonObject>(Ct))!["access_token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "services/data/v68.0/sobjects/Account")
        {
            Content = JsonContent.Create(new JsonObject { ["Name"] = name, ["Phone"] = phone }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var created = await _salesforce.SendAsync(request, Ct);
        var body = await created.Content.ReadAsStringAsync(Ct);
        Assert.True(created.IsSuccessStatusCode, $"Salesforce sandbox refused the Account: {(int)created.StatusCode} {body}");
        return (string)JsonNode.Parse(body)!["id"]!;
    }

    /// <summary>The HubSpot record whose <paramref name="property"/> equals <paramref name="value"/> (batch read by id property), or null.</summary>
    public async Task<JsonObject?> FindHubSpotRecordAsync(string objectType, string property, string value, params string[] properties)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"crm/v3/objects/{objectType}/batch/read")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["idProperty"] = property,
                ["inputs"] = new JsonArray(new JsonObject { ["id"] = value }),
                ["properties"] = new JsonArray([.. properties.Select(p => (JsonNode)p)]),
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HubSpotToken);
        using var response = await _hubSpot.SendAsync(request, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        return body?["results"] is JsonArray { Count: > 0 } results ? results[0]!.AsObject() : null;
    }

    public void Dispose()
    {
        _salesforce.Dispose();
        _hubSpot.Dispose();
    }
}

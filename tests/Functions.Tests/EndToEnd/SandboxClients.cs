using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>Direct calls to the sandbox's vendor APIs, standing in for users of Salesforce and HubSpot.</summary>
internal sealed partial class SandboxClients(SandboxHost sandbox) : IDisposable
{
    public const string SalesforceClientId = "sandbox-sf-client";
    public const string SalesforceClientSecret = "sandbox-sf-secret";
    public const string HubSpotToken = "sandbox-hs-token";
    public const string HubSpotClientSecret = "sandbox-hs-client-secret";

    private readonly HttpClient _salesforce = new() { BaseAddress = sandbox.SalesforceBaseUrl };
    private readonly HttpClient _hubSpot = new() { BaseAddress = sandbox.HubSpotBaseUrl };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string? _salesforceToken;

    public async Task<string> CreateSalesforceAccountAsync(string name, string phone)
    {
        using var created = await SendSalesforceAsync(HttpMethod.Post, "sobjects/Account", new JsonObject { ["Name"] = name, ["Phone"] = phone });
        var body = await created.Content.ReadAsStringAsync(Ct);
        Assert.True(created.IsSuccessStatusCode, $"Salesforce sandbox refused the Account: {(int)created.StatusCode} {body}");
        return (string)JsonNode.Parse(body)!["id"]!;
    }

    public async Task UpdateSalesforceAccountAsync(string id, JsonObject fields)
    {
        using var updated = await SendSalesforceAsync(HttpMethod.Patch, $"sobjects/Account/{id}", fields);
        Assert.True(updated.IsSuccessStatusCode, $"Salesforce sandbox refused the update of {id}: {(int)updated.StatusCode} {await updated.Content.ReadAsStringAsync(Ct)}");
    }

    public async Task DeleteSalesforceAccountAsync(string id)
    {
        using var deleted = await SendSalesforceAsync(HttpMethod.Delete, $"sobjects/Account/{id}", null);
        Assert.True(deleted.IsSuccessStatusCode, $"Salesforce sandbox refused the delete of {id}: {(int)deleted.StatusCode} {await deleted.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>The Account's Name, Phone and SystemModstamp (a write by anyone moves the stamp).</summary>
    public async Task<JsonObject> GetSalesforceAccountAsync(string id)
    {
        using var read = await SendSalesforceAsync(HttpMethod.Get, $"sobjects/Account/{id}?fields=Name,Phone,SystemModstamp", null);
        var body = await read.Content.ReadAsStringAsync(Ct);
        Assert.True(read.IsSuccessStatusCode, $"Salesforce sandbox could not read {id}: {(int)read.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The control API's counts of the default portal: <c>{"companies":{"live","archived"},…}</c>.</summary>
    public async Task<JsonObject> HubSpotCountsAsync() =>
        (await _hubSpot.GetFromJsonAsync<JsonObject>("_sandbox/hubspot/portals/default/counts", Ct))!;

    /// <summary>The control API's counts of the default org: <c>{"Account":{"live","deleted"},…}</c>.</summary>
    public async Task<JsonObject> SalesforceCountsAsync() =>
        (await _salesforce.GetFromJsonAsync<JsonObject>("_sandbox/salesforce/orgs/default/counts", Ct))!;

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

    /// <summary>Updates HubSpot record <paramref name="id"/> as a HubSpot user would (PATCH crm/v3/objects/{type}/{id}).</summary>
    public async Task UpdateHubSpotRecordAsync(string objectType, string id, JsonObject properties)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"crm/v3/objects/{objectType}/{id}")
        {
            Content = JsonContent.Create(new JsonObject { ["properties"] = properties }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HubSpotToken);
        using var response = await _hubSpot.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, $"HubSpot sandbox refused the update of {objectType} {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Archives HubSpot record <paramref name="id"/> as a HubSpot user would (DELETE crm/v3/objects/{type}/{id}).</summary>
    public async Task ArchiveHubSpotRecordAsync(string objectType, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"crm/v3/objects/{objectType}/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HubSpotToken);
        using var response = await _hubSpot.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, $"HubSpot sandbox refused the archive of {objectType} {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private async Task<HttpResponseMessage> SendSalesforceAsync(HttpMethod method, string path, JsonObject? body)
    {
        _salesforceToken ??= await SalesforceTokenAsync();
        using var request = new HttpRequestMessage(method, $"services/data/v68.0/{path}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _salesforceToken);
        return await _salesforce.SendAsync(request, Ct);
    }

    private async Task<string> SalesforceTokenAsync()
    {
        using var token = await _salesforce.PostAsync("services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SalesforceClientId,
            ["client_secret"] = SalesforceClientSecret,
        }), Ct);
        return (string)(await token.Content.ReadFromJsonAsync<JsonObject>(Ct))!["access_token"]!;
    }

    public void Dispose()
    {
        _salesforce.Dispose();
        _hubSpot.Dispose();
    }
}

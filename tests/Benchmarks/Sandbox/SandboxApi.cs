using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Integration.Sandbox;

namespace Integration.Benchmarks.Sandbox;

/// <summary>The sandbox's control APIs and the vendor calls the benchmark makes itself (setup and the final comparison).</summary>
internal sealed class SandboxApi(SandboxHost sandbox, IHttpClientFactory clients)
{
    public const string Org = "default";
    public const string Portal = "default";
    public const string SalesforceClientId = "sandbox-sf-client";
    public const string SalesforceClientSecret = "sandbox-sf-secret";
    public const string HubSpotToken = "sandbox-hs-token";
    public const string HubSpotClientSecret = "sandbox-hs-client-secret";

    private HttpClient Salesforce() { var c = clients.CreateClient(); c.BaseAddress = sandbox.SalesforceBaseUrl; return c; }

    private HttpClient HubSpot() { var c = clients.CreateClient(); c.BaseAddress = sandbox.HubSpotBaseUrl; return c; }

    public Task SeedAccountsAsync(int accounts, int seed, CancellationToken cancellationToken) =>
        SendAsync(Salesforce(), HttpMethod.Post, $"_sandbox/salesforce/orgs/{Org}/seed",
            new JsonObject { ["seed"] = seed, ["accounts"] = accounts, ["contactsPerAccount"] = 0, ["opportunitiesPerAccount"] = 0 }, null, cancellationToken);

    public Task StartUserEditsAsync(double rate, double seconds, int seed, CancellationToken cancellationToken) =>
        SendAsync(Salesforce(), HttpMethod.Post, $"_sandbox/salesforce/orgs/{Org}/streaming/user-edits",
            new JsonObject { ["ratePerSecond"] = rate, ["durationSeconds"] = seconds, ["seed"] = seed, ["objects"] = new JsonArray("Account") }, null, cancellationToken);

    /// <summary>The edit load's status: whether it still runs and how many edits it committed.</summary>
    public async Task<(bool Running, long Edits)> UserEditsAsync(CancellationToken cancellationToken)
    {
        var status = await SendAsync(Salesforce(), HttpMethod.Get, $"_sandbox/salesforce/orgs/{Org}/streaming/user-edits", null, null, cancellationToken);
        return ((bool)status["running"]!, (long)status["edits"]!);
    }

    /// <summary>Salesforce API calls counted against the org's daily allocation.</summary>
    public async Task<long> SalesforceApiUsageAsync(CancellationToken cancellationToken)
    {
        var orgs = (JsonArray)await SendAsync(Salesforce(), HttpMethod.Get, "_sandbox/salesforce/orgs", null, null, cancellationToken);
        return (long)orgs.Single(o => (string?)o!["name"] == Org)!["apiUsage"]!;
    }

    /// <summary>HubSpot calls counted against the portal's daily limit, and its ten-second limit.</summary>
    public async Task<(long DailyUsed, int TenSecondLimit)> HubSpotUsageAsync(CancellationToken cancellationToken)
    {
        var portals = (JsonArray)await SendAsync(HubSpot(), HttpMethod.Get, "_sandbox/hubspot/portals", null, null, cancellationToken);
        var limits = portals.Single(p => (string?)p!["name"] == Portal)!["limits"]!;
        return ((long)limits["dailyUsed"]!, (int)limits["tenSecondLimit"]!);
    }

    /// <summary>Live companies in the portal (control API: not counted as a call).</summary>
    public async Task<long> HubSpotCompanyCountAsync(CancellationToken cancellationToken)
    {
        var counts = await SendAsync(HubSpot(), HttpMethod.Get, $"_sandbox/hubspot/portals/{Portal}/counts", null, null, cancellationToken);
        return (long)counts["companies"]!["live"]!;
    }

    public Task CreateHubSpotCompanyPropertyAsync(string name, CancellationToken cancellationToken) =>
        SendAsync(HubSpot(), HttpMethod.Post, "crm/v3/properties/companies",
            new JsonObject { ["name"] = name, ["label"] = name, ["type"] = "string", ["fieldType"] = "textarea", ["groupName"] = "companyinformation" },
            new AuthenticationHeaderValue("Bearer", HubSpotToken), cancellationToken);

    /// <summary>Every live Salesforce Account: id to "Name|Phone|Description".</summary>
    public async Task<Dictionary<string, string>> SalesforceAccountsAsync(CancellationToken cancellationToken)
    {
        var token = await SendAsync(Salesforce(), HttpMethod.Post, "services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SalesforceClientId,
            ["client_secret"] = SalesforceClientSecret,
        }), null, cancellationToken);
        var auth = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? next = "services/data/v68.0/query?q=" + Uri.EscapeDataString("SELECT Id, Name, Phone, Description FROM Account");
        while (next is not null)
        {
            var page = await SendAsync(Salesforce(), HttpMethod.Get, next, null, auth, cancellationToken);
            foreach (var record in page["records"]!.AsArray())
            {
                accounts[(string)record!["Id"]!] = Values((string?)record["Name"], (string?)record["Phone"], (string?)record["Description"]);
            }

            next = (string?)page["nextRecordsUrl"] is { } url ? url.TrimStart('/') : null;
        }

        return accounts;
    }

    /// <summary>Every live HubSpot company with its Salesforce id: (salesforce_account_id, "name|phone|description").</summary>
    public async Task<List<(string? SalesforceId, string Values)>> HubSpotCompaniesAsync(string externalIdProperty, string descriptionProperty, CancellationToken cancellationToken)
    {
        var auth = new AuthenticationHeaderValue("Bearer", HubSpotToken);
        var companies = new List<(string?, string)>();
        string? after = null;
        do
        {
            var path = $"crm/v3/objects/companies?limit=100&properties=name,phone,{descriptionProperty},{externalIdProperty}" + (after is null ? string.Empty : $"&after={after}");
            var page = await SendAsync(HubSpot(), HttpMethod.Get, path, null, auth, cancellationToken);
            foreach (var company in page["results"]!.AsArray())
            {
                var p = company!["properties"]!;
                companies.Add(((string?)p[externalIdProperty], Values((string?)p["name"], (string?)p["phone"], (string?)p[descriptionProperty])));
            }

            after = (string?)page["paging"]?["next"]?["after"];
        }
        while (after is not null);
        return companies;
    }

    private static string Values(string? name, string? phone, string? description) =>
        string.Join('|', Blank(name), Blank(phone), Blank(description));

    private static string Blank(string? value) => string.IsNullOrEmpty(value) ? string.Empty : value;

    /// <summary>Sends one call; a 429 (the benchmark's own listing after the sync spent the window) is retried each second for a minute.</summary>
    private static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string path, object? body, AuthenticationHeaderValue? auth, CancellationToken cancellationToken)
    {
        using (client)
        {
            for (var attempt = 1; ; attempt++)
            {
                using var request = new HttpRequestMessage(method, path)
                {
                    Content = body switch { HttpContent content => content, JsonNode json => JsonContent.Create(json), _ => null },
                };
                request.Headers.Authorization = auth;
                using var response = await client.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests && attempt < 60 && body is not HttpContent)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, cancellationToken);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{method} {path} answered {(int)response.StatusCode}: {text}"));
                }

                return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
            }
        }
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Integration.Connectors.Salesforce;
using Integration.Connectors.Tests.Contract;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.Sandboxes;

/// <summary>
/// One Salesforce org of the sandbox, made through its control API, and the connector built for it by the same
/// <c>AddSalesforceConnector</c> the app uses (configuration pointing at the sandbox, short back-offs).
/// </summary>
public sealed class SalesforceSandboxTenant : IContractTenant
{
    public const string Connection = "main";

    private readonly HttpClient _http;
    private readonly ServiceProvider _services;
    private readonly string _clientId;
    private readonly string _clientSecret;

    private SalesforceSandboxTenant(HttpClient http, ServiceProvider services, string name, string clientId, string clientSecret)
    {
        _http = http;
        _services = services;
        Name = name;
        _clientId = clientId;
        _clientSecret = clientSecret;
        Connector = services.GetServices<IConnectorFactory>().Single(f => f.Kind == "salesforce").Create(Connection);
    }

    public string Name { get; }

    public IConnector Connector { get; }

    public static async Task<SalesforceSandboxTenant> CreateAsync(
        Uri sandbox, TimeProvider clock, IDictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var name = $"org-{Guid.NewGuid():N}";
        var (clientId, clientSecret) = ($"cid-{name}", $"secret-{name}");
        var http = new HttpClient { BaseAddress = sandbox };
        using var created = await http.PostAsJsonAsync(
            "_sandbox/salesforce/orgs", new { name, clientId, clientSecret, dailyApiLimit = 10_000_000 }, cancellationToken);
        Assert.True(created.IsSuccessStatusCode, $"creating sandbox org {name} answered {(int)created.StatusCode}");

        var settings = new Dictionary<string, string?>
        {
            [$"Connections:{Connection}:LoginUrl"] = sandbox.ToString().TrimEnd('/'),
            [$"Connections:{Connection}:ClientId"] = clientId,
            [$"Connections:{Connection}:ClientSecret"] = clientSecret,
            ["Resilience:MaxRetryAttempts"] = "8",
            ["Resilience:RetryBaseDelay"] = "00:00:00.005",
            ["RecordRetryAttempts"] = "10",
            ["RecordRetryBaseDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSalesforceConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        return new SalesforceSandboxTenant(http, services, name, clientId, clientSecret);
    }

    /// <summary>Seeds <paramref name="accounts"/> accounts (external ids <c>ACC-{seed}-{n}</c>) straight into the store.</summary>
    public Task SeedAccountsAsync(int accounts, int seed = 1) =>
        ControlAsync(HttpMethod.Post, "seed", new { seed, accounts, contactsPerAccount = 0, opportunitiesPerAccount = 0 });

    /// <summary>Replaces the org's fault rules (<c>rate, status, errorCode, pathContains, scope</c>).</summary>
    public Task SetFaultsAsync(int seed, params object[] rules) => ControlAsync(HttpMethod.Put, "faults", new { seed, rules });

    public Task ClearFaultsAsync() => ControlAsync(HttpMethod.Delete, "faults", null);

    /// <summary>Live (not deleted) records of <paramref name="objectName"/>, as the sandbox's own counter reports.</summary>
    public async Task<long> LiveCountAsync(string objectName)
    {
        var counts = await ControlAsync(HttpMethod.Get, "counts", null);
        return counts.GetProperty(objectName).GetProperty("live").GetInt64();
    }

    /// <summary>API calls the org has counted (faulted calls included).</summary>
    public async Task<long> ApiUsageAsync()
    {
        var orgs = await _http.GetFromJsonAsync<JsonElement>("_sandbox/salesforce/orgs", TestContext.Current.CancellationToken);
        return orgs.EnumerateArray().Single(o => o.GetProperty("name").GetString() == Name).GetProperty("apiUsage").GetInt64();
    }

    /// <summary>Runs SOQL over plain HTTP (a fresh token, no connector), for checks the connector has no port for.</summary>
    public async Task<JsonElement> QueryAsync(string soql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _clientId,
            ["client_secret"] = _clientSecret,
        });
        using var tokenResponse = await _http.PostAsync("services/oauth2/token", form, cancellationToken);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "services/data/v68.0/query?q=" + Uri.EscapeDataString(soql));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"SOQL '{soql}' answered {(int)response.StatusCode}: {body}");
        return body;
    }

    Task IContractTenant.SeedAsync(int count) => SeedAccountsAsync(count);

    /// <summary>10% HTTP 503 and 5% request-level UNABLE_TO_LOCK_ROW on API calls, 10% UNABLE_TO_LOCK_ROW per collection record.</summary>
    Task IContractTenant.ThrottleAsync() => SetFaultsAsync(
        7,
        new { rate = 0.10, status = 503, pathContains = "/services/data/" },
        new { rate = 0.05, status = 400, errorCode = "UNABLE_TO_LOCK_ROW", pathContains = "/composite/" },
        new { rate = 0.10, errorCode = "UNABLE_TO_LOCK_ROW", scope = "Record" });

    Task<long> IContractTenant.SandboxLiveCountAsync() => LiveCountAsync("Account");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _http.Dispose();
    }

    private async Task<JsonElement> ControlAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, $"_sandbox/salesforce/orgs/{Name}/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {request.RequestUri} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Integration.Connectors.HubSpot;
using Integration.Connectors.Tests.Contract;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.Sandboxes;

/// <summary>
/// One HubSpot portal of the sandbox, made through its control API (limits high enough that only injected faults
/// throttle), and the connector built for it by the same <c>AddHubSpotConnector</c> the app uses.
/// </summary>
public sealed class HubSpotSandboxTenant : IContractTenant
{
    public const string Connection = "main";
    public const string ExternalIdProperty = "salesforce_contact_id";

    private readonly HttpClient _http;
    private readonly ServiceProvider _services;

    private HubSpotSandboxTenant(HttpClient http, ServiceProvider services, string portal)
    {
        _http = http;
        _services = services;
        Portal = portal;
        Connector = services.GetServices<IConnectorFactory>().Single(f => f.Kind == "hubspot").Create(Connection);
    }

    public string Portal { get; }

    public IConnector Connector { get; }

    public static async Task<HubSpotSandboxTenant> CreateAsync(Uri sandbox, TimeProvider clock, IDictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var portal = new { name = $"contract-{unique}", token = $"pat-na1-{unique}", appId = 700_000 + Random.Shared.Next(99_999), clientSecret = $"secret-{unique}", tenSecondLimit = 10_000, dailyLimit = 10_000_000, searchPerSecond = 100 };
        var http = new HttpClient { BaseAddress = sandbox };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", portal.token);
        using var created = await http.PostAsJsonAsync("_sandbox/hubspot/portals", portal, cancellationToken);
        Assert.True(created.IsSuccessStatusCode, $"creating sandbox portal {portal.name} answered {(int)created.StatusCode}");

        var prefix = $"{HubSpotOptions.SectionName}:Connections:{Connection}:";
        var settings = new Dictionary<string, string?>
        {
            [prefix + "BaseUrl"] = sandbox.ToString(),
            [prefix + "AccessToken"] = portal.token,
            [prefix + "AppId"] = portal.appId.ToString(CultureInfo.InvariantCulture),
            [prefix + "ClientSecret"] = portal.clientSecret,
            [prefix + "RequestBudget:RequestsPerInterval"] = "10000",
            [prefix + "RequestBudget:SecondlyLimit"] = "100",
            [prefix + "RequestBudget:PauseWithoutRetryAfter"] = "00:00:00.050",
            [$"{HubSpotOptions.SectionName}:Resilience:BaseDelay"] = "00:00:00.010",
            [$"{HubSpotOptions.SectionName}:Resilience:MaxRetryAttempts"] = "10",
        };
        foreach (var (key, value) in overrides)
        {
            settings[prefix + key] = value;
        }

        var services = new ServiceCollection().AddSingleton(clock).AddLogging();
        services.AddHubSpotConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(HubSpotOptions.SectionName));
        return new HubSpotSandboxTenant(http, services.BuildServiceProvider(), portal.name);
    }

    /// <summary>
    /// Creates contacts <c>SEED-n</c> through the sandbox's own batch API (its seeder gives contacts no unique id
    /// besides the email), with the test's client, not the connector.
    /// </summary>
    public async Task SeedAsync(int count)
    {
        foreach (var chunk in Enumerable.Range(1, count).Chunk(100))
        {
            var inputs = chunk.Select(n => new { properties = new Dictionary<string, string> { ["firstname"] = $"Seed {n}", [ExternalIdProperty] = $"SEED-{n}" } });
            using var response = await _http.PostAsJsonAsync("crm/v3/objects/contacts/batch/create", new { inputs }, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"seeding contacts answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
    }

    /// <summary>10% of calls refused with 429 (ten-secondly policy), 5% with 502 and 5% with 423 LOCKED.</summary>
    public Task ThrottleAsync() => ControlAsync(HttpMethod.Put, "faults", new
    {
        seed = 7,
        rules = new object[]
        {
            new { rate = 0.10, status = 429 },
            new { rate = 0.05, status = 502 },
            new { rate = 0.05, status = 423 },
        },
    });

    public Task ClearFaultsAsync() => ControlAsync(HttpMethod.Delete, "faults", null);

    public async Task<long> SandboxLiveCountAsync() =>
        (await ControlAsync(HttpMethod.Get, "counts", null)).GetProperty("contacts").GetProperty("live").GetInt64();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _http.Dispose();
    }

    private async Task<JsonElement> ControlAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, $"_sandbox/hubspot/portals/{Portal}/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {request.RequestUri} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

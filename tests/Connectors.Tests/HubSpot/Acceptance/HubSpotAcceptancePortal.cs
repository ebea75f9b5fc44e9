using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Connectors.HubSpot;
using Integration.Connectors.HubSpot.Webhooks;
using Integration.Core.Connectors;
using Integration.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>
/// An in-process sandbox with a portal of the test's own (created through the control API), and
/// the connector built as the app builds it: configuration pointing at the sandbox, then
/// <c>AddHubSpotConnector</c>. A <see cref="RequestTally"/> sits innermost in the connector's client.
/// </summary>
internal sealed class HubSpotAcceptancePortal : IAsyncDisposable
{
    public const string Connection = "acceptance";

    private readonly SandboxHost _sandbox;
    private readonly ServiceProvider _services;

    private HubSpotAcceptancePortal(SandboxHost sandbox, string name, long appId, string clientSecret, HttpClient api, ServiceProvider services, RequestTally tally)
    {
        _sandbox = sandbox;
        _services = services;
        Name = name;
        AppId = appId;
        ClientSecret = clientSecret;
        Api = api;
        Tally = tally;
        Connector = services.GetServices<IConnectorFactory>().Single(factory => factory.Kind == "hubspot").Create(Connection);
    }

    public string Name { get; }

    public long AppId { get; }

    public string ClientSecret { get; }

    /// <summary>A plain client of the sandbox with the app's token: the test's own view, not the connector's.</summary>
    public HttpClient Api { get; }

    public RequestTally Tally { get; }

    public IConnector Connector { get; }

    public HubSpotWebhookReceiver WebhookReceiver => _services.GetRequiredService<HubSpotWebhookReceiver>();

    /// <summary>Starts a sandbox and creates a portal with the given limits; <paramref name="settings"/> add to the connector's configuration (keys under the connection).</summary>
    public static async Task<HubSpotAcceptancePortal> StartAsync(int tenSecondLimit, int searchPerSecond, IDictionary<string, string?>? settings = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var sandbox = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0 }, cancellationToken);
        var name = $"acceptance-{Guid.NewGuid():N}";
        var token = $"pat-na1-{Guid.NewGuid()}";
        var appId = Random.Shared.NextInt64(100_000, 999_999);
        var secret = $"secret-{name}";
        var api = new HttpClient { BaseAddress = sandbox.HubSpotBaseUrl };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var portal = new { name, token, appId, clientSecret = secret, tenSecondLimit, dailyLimit = 10_000_000, searchPerSecond };
        using var created = await api.PostAsJsonAsync("_sandbox/hubspot/portals", portal, cancellationToken);
        var body = await created.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"creating portal {name} answered {(int)created.StatusCode}: {body}");
        var portalId = JsonNode.Parse(body)!["portalId"]!.GetValue<long>();

        var prefix = $"{HubSpotOptions.SectionName}:Connections:{Connection}:";
        var configuration = new Dictionary<string, string?>
        {
            [prefix + "BaseUrl"] = sandbox.HubSpotBaseUrl.ToString(),
            [prefix + "AccessToken"] = token,
            [prefix + "PortalId"] = portalId.ToString(CultureInfo.InvariantCulture),
            [prefix + "AppId"] = appId.ToString(CultureInfo.InvariantCulture),
            [prefix + "ClientSecret"] = secret,
            // The budget starts from the portal's limits, as it would learn them from the rate-limit headers.
            [prefix + "RequestBudget:RequestsPerInterval"] = tenSecondLimit.ToString(CultureInfo.InvariantCulture),
            [prefix + "RequestBudget:SecondlyLimit"] = searchPerSecond.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[prefix + key] = value;
        }

        var tally = new RequestTally();
        var services = new ServiceCollection().AddLogging();
        services.AddHubSpotConnector(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build().GetSection(HubSpotOptions.SectionName));
        // The connector's client is named "HubSpot:<connection>"; appended last, the tally sees each attempt on the wire.
        services.AddHttpClient($"HubSpot:{Connection}").AddHttpMessageHandler(() => new RequestTallyHandler(tally));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new HubSpotAcceptancePortal(sandbox, name, appId, secret, api, provider, tally);
    }

    public async Task<JsonNode?> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"_sandbox/hubspot/portals/{Name}{path}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Api.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"control {method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>The sandbox's live and archived counts of <paramref name="objectType"/>.</summary>
    public async Task<(long Live, long Archived)> CountsAsync(string objectType)
    {
        var counts = (await ControlAsync(HttpMethod.Get, "/counts"))![objectType]!;
        return (counts["live"]!.GetValue<long>(), counts["archived"]!.GetValue<long>());
    }

    /// <summary>Every live id of <paramref name="objectType"/> as the sandbox lists them (list endpoint, 100 a page), bypassing the connector.</summary>
    public async Task<List<string>> ListIdsAsync(string objectType)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var url = $"crm/v3/objects/{objectType}?limit=100" + (after is null ? string.Empty : $"&after={Uri.EscapeDataString(after)}");
            using var response = await Api.GetAsync(url, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"listing {objectType} answered {(int)response.StatusCode}: {text}");
            var page = JsonNode.Parse(text)!;
            ids.AddRange(page["results"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
            after = page["paging"]?["next"]?["after"]?.GetValue<string>();
        }
        while (after is not null);
        return ids;
    }

    public static IReadOnlyDictionary<string, JsonElement> Fields(params (string Name, string Value)[] values) =>
        values.ToDictionary(value => value.Name, value => JsonSerializer.SerializeToElement(value.Value));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Api.Dispose();
        await _sandbox.DisposeAsync();
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Integration.Connectors.Salesforce;
using Integration.Connectors.Salesforce.Connectors;
using Integration.Core.ChangeFeed;
using Integration.Core.Changes;
using Integration.Core.Records;
using Integration.Sandbox;
using Integration.Sandbox.Salesforce;
using Integration.Sandbox.Salesforce.Streaming;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>
/// An in-process sandbox (real clock) with an org of its own, and the connector built against it by the app's
/// <c>AddSalesforceConnector</c>: its token endpoint, REST API and CometD endpoint, with short streaming timeouts.
/// </summary>
internal sealed class CdcSandbox : IAsyncDisposable
{
    public const string Connection = "sandbox";
    public const string System = "salesforce-acceptance";
    public const string CallOptionsClient = "integration-acceptance";

    private readonly SandboxHost _host;
    private readonly ServiceProvider _provider;

    private CdcSandbox(SandboxHost host, HttpClient control, string org, ServiceProvider provider)
    {
        _host = host;
        Control = control;
        Org = org;
        _provider = provider;
    }

    public HttpClient Control { get; }
    public string Org { get; }
    public string StreamingPath => $"_sandbox/salesforce/orgs/{Org}/streaming";

    public IRecordWriter Writer => _provider.GetRequiredService<SalesforceConnectorFactory>().Get(Connection).Writer;

    public static async Task<CdcSandbox> StartAsync(CancellationToken cancellationToken)
    {
        var host = await SandboxHost.StartAsync(new SandboxOptions
        {
            SalesforcePort = 0,
            HubSpotPort = 0,
            NetSuitePort = 0,
            Salesforce = new SalesforceSandboxOptions { Streaming = new StreamingOptions { ConnectTimeout = TimeSpan.FromSeconds(5) } },
        }, cancellationToken);
        var control = new HttpClient { BaseAddress = host.SalesforceBaseUrl };
        var org = $"cdc-{Guid.NewGuid():N}";
        var created = new SalesforceOrgOptions { Name = org, ClientId = $"cid-{org}", ClientSecret = $"secret-{org}" };
        using (var response = await control.PostAsJsonAsync("_sandbox/salesforce/orgs", created, cancellationToken))
        {
            Assert.True(response.IsSuccessStatusCode, $"creating org {org} answered {(int)response.StatusCode}");
        }

        var provider = SalesforceTestServer.Build(new Dictionary<string, string?>
        {
            [$"Connections:{Connection}:LoginUrl"] = host.SalesforceBaseUrl.ToString().TrimEnd('/'),
            [$"Connections:{Connection}:ClientId"] = created.ClientId,
            [$"Connections:{Connection}:ClientSecret"] = created.ClientSecret,
            [$"Connections:{Connection}:CallOptionsClient"] = CallOptionsClient,
            ["Streaming:Channel"] = "/data/ChangeEvents",
            ["Streaming:Objects:0"] = "Account",
            ["Streaming:Objects:1"] = "Contact",
            ["Streaming:Objects:2"] = "Opportunity",
            ["Streaming:ConnectTimeout"] = "00:00:15",
            ["Streaming:RequestTimeout"] = "00:00:05",
            ["Streaming:ReconnectBaseDelay"] = "00:00:00.050",
            ["Streaming:ReconnectMaxDelay"] = "00:00:00.500",
        });
        return new CdcSandbox(host, control, org, provider);
    }

    public IChangeFeed NewFeed() =>
        _provider.GetRequiredService<ISalesforceChangeFeedFactory>().CreateChangeFeed(Connection, System);

    /// <summary>A position just after the last retained event: a read from it sees exactly what happens next.</summary>
    public async Task<StreamPosition> CurrentPositionAsync(IChangeFeed feed, CancellationToken cancellationToken) =>
        new(feed.Stream, (await LastReplayIdAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture));

    public async Task<long> LastReplayIdAsync(CancellationToken cancellationToken) =>
        (long?)(await GetAsync($"{StreamingPath}/events", cancellationToken))["lastReplayId"] ?? 0;

    public Task<JsonNode> SeedAsync(int seed, int accounts, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"_sandbox/salesforce/orgs/{Org}/seed", new { seed, accounts, contactsPerAccount = 1, opportunitiesPerAccount = 1 }, cancellationToken);

    public Task<JsonNode> StartUserEditsAsync(double ratePerSecond, double durationSeconds, int seed, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{StreamingPath}/user-edits", new { ratePerSecond, durationSeconds, seed }, cancellationToken);

    public Task<JsonNode> UserEditsAsync(CancellationToken cancellationToken) => GetAsync($"{StreamingPath}/user-edits", cancellationToken);

    public Task<JsonNode> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>The ids of the org's live CometD clients.</summary>
    public async Task<IReadOnlyList<string>> ClientIdsAsync(CancellationToken cancellationToken) =>
        [.. (await GetAsync($"{StreamingPath}/clients", cancellationToken)).AsArray().Select(c => (string)c!["clientId"]!)];

    public async Task<JsonNode> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Control.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Control.Dispose();
        await _host.DisposeAsync();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Integration.Connectors.NetSuite;
using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Connectors.Tests.Contract;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.Sandboxes;

/// <summary>
/// One NetSuite account of the sandbox, made through its control API, and the connector built for it by the same
/// <c>AddNetSuiteConnector</c> the app uses (configuration pointing at the sandbox, short back-offs).
/// </summary>
public sealed class NetSuiteSandboxTenant : IContractTenant
{
    public const string Connection = "main";
    public const string TimeZone = "America/Los_Angeles";
    public const string WebhookSecret = "whsec-contract-tests";

    private readonly HttpClient _http;
    private readonly ServiceProvider _services;

    private NetSuiteSandboxTenant(HttpClient http, ServiceProvider services, string accountId)
    {
        _http = http;
        _services = services;
        AccountId = accountId;
        Connector = services.GetServices<IConnectorFactory>().Single(f => f.Kind == "netsuite").Create(Connection);
    }

    public string AccountId { get; }

    public IConnector Connector { get; }

    public NetSuiteChangeFeedFactory ChangeFeeds => _services.GetRequiredService<NetSuiteChangeFeedFactory>();

    public NetSuiteWebhookReceiver WebhookReceiver => _services.GetRequiredService<NetSuiteWebhookReceiver>();

    public static async Task<NetSuiteSandboxTenant> CreateAsync(
        Uri sandbox, TimeProvider clock, IDictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var unique = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var account = new
        {
            accountId = $"T{unique}_SB1",
            consumerKey = $"ck-{unique}",
            consumerSecret = $"cs-{unique}",
            tokenId = $"tk-{unique}",
            tokenSecret = $"ts-{unique}",
            concurrencyLimit = 5,
            timeZone = TimeZone,
        };
        var http = new HttpClient { BaseAddress = sandbox };
        using var created = await http.PostAsJsonAsync("_sandbox/netsuite/accounts", account, cancellationToken);
        Assert.True(created.IsSuccessStatusCode, $"creating sandbox account {account.accountId} answered {(int)created.StatusCode}");

        var prefix = $"Connections:{Connection}:";
        var settings = new Dictionary<string, string?>
        {
            [prefix + "AccountId"] = account.accountId,
            [prefix + "BaseUrl"] = sandbox.ToString(),
            [prefix + "ConsumerKey"] = account.consumerKey,
            [prefix + "ConsumerSecret"] = account.consumerSecret,
            [prefix + "TokenId"] = account.tokenId,
            [prefix + "TokenSecret"] = account.tokenSecret,
            [prefix + "ConcurrencyLimit"] = "5",
            [prefix + "MaxRetries"] = "12",
            [prefix + "RetryBaseDelay"] = "00:00:00.010",
            [prefix + "TimeZone"] = TimeZone,
            [prefix + "PollSettleDelay"] = "00:00:01",
            [prefix + "PollOverlap"] = "00:00:30",
            [prefix + "WebhookSecret"] = WebhookSecret,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddLogging()
            .AddNetSuiteConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        return new NetSuiteSandboxTenant(http, services, account.accountId);
    }

    /// <summary>Seeds customers (external ids <c>CUS-{seed}-{n}</c>) straight into the store, without webhooks.</summary>
    public Task SeedCustomersAsync(int customers, int contactsPerCustomer = 0, int seed = 1) =>
        ControlAsync(HttpMethod.Post, "seed", new { seed, customers, contactsPerCustomer, salesOrdersPerCustomer = 0 });

    /// <summary>Replaces the account's request fault rules (<c>rate, status, errorCode, pathContains, method</c>).</summary>
    public Task SetFaultsAsync(int seed, params object[] rules) => ControlAsync(HttpMethod.Put, "faults", new { seed, rules });

    public Task ClearFaultsAsync() => ControlAsync(HttpMethod.Delete, "faults", null);

    /// <summary>Replaces the account's webhook fault rules (<c>DROP</c>, <c>DUPLICATE</c>, latency).</summary>
    public Task SetWebhookFaultsAsync(int seed, params object[] rules) => ControlAsync(HttpMethod.Put, "webhook-faults", new { seed, rules });

    public Task SetWebhookAsync(Uri url) => ControlAsync(HttpMethod.Put, "webhook", new { url, secret = WebhookSecret });

    public Task SetConcurrencyLimitAsync(int limit) => ControlAsync(HttpMethod.Put, "concurrency", new { limit });

    /// <summary>Starts the "users" load generator; returns the run id.</summary>
    public async Task<string> StartUsersAsync(int users, double editsPerSecond, double durationSeconds, int seed)
    {
        var run = await ControlAsync(HttpMethod.Post, "users", new { users, editsPerSecond, durationSeconds, seed });
        return run.GetProperty("runId").GetString()!;
    }

    /// <summary>A load run's progress: <c>{runId, edits, done, edited:[{recordType, id}]}</c>.</summary>
    public Task<JsonElement> UsersRunAsync(string runId) => ControlAsync(HttpMethod.Get, $"users/{runId}", null);

    /// <summary>The account's counters: records live/deleted per type, in-flight, rejections, webhooks.</summary>
    public Task<JsonElement> CountsAsync() => ControlAsync(HttpMethod.Get, "counts", null);

    public async Task<long> LiveCountAsync(string recordType) =>
        (await CountsAsync()).GetProperty(recordType).GetProperty("live").GetInt64();

    Task IContractTenant.SeedAsync(int count) => SeedCustomersAsync(count);

    /// <summary>20% of requests refused with 429 CONCURRENCY_LIMIT_EXCEEDED.</summary>
    Task IContractTenant.ThrottleAsync() => SetFaultsAsync(7, new { rate = 0.20, status = 429, errorCode = "CONCURRENCY_LIMIT_EXCEEDED" });

    Task<long> IContractTenant.SandboxLiveCountAsync() => LiveCountAsync("customer");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _http.Dispose();
    }

    private async Task<JsonElement> ControlAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, $"_sandbox/netsuite/accounts/{AccountId}/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {request.RequestUri} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

using Integration.Connectors.NetSuite;
using Integration.Connectors.NetSuite.Auth;
using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Connectors.NetSuite.Connectors;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>
/// The connector as <c>AddNetSuiteConnector</c> registers it, over in-memory configuration, with a pinned
/// clock and known nonces. Connection <c>main</c> uses the <see cref="TbaVector"/> keys.
/// </summary>
internal sealed class NetSuiteHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public NetSuiteHarness(string? baseUrl, IDictionary<string, string?>? settings = null, HttpMessageHandler? primaryHandler = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["NetSuite:Connections:main:AccountId"] = TbaVector.AccountId,
            ["NetSuite:Connections:main:ConsumerKey"] = TbaVector.ConsumerKey,
            ["NetSuite:Connections:main:ConsumerSecret"] = TbaVector.ConsumerSecret,
            ["NetSuite:Connections:main:TokenId"] = TbaVector.TokenId,
            ["NetSuite:Connections:main:TokenSecret"] = TbaVector.TokenSecret,
            ["NetSuite:Connections:main:RetryBaseDelay"] = "00:00:00.010",
            ["NetSuite:Connections:main:WebhookSecret"] = "webhook-secret",
        };
        if (baseUrl is not null)
        {
            values["NetSuite:Connections:main:BaseUrl"] = baseUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<INonceSource>(Nonces);
        services.AddNetSuiteConnector(configuration.GetSection(NetSuiteOptions.SectionName));
        if (primaryHandler is not null)
        {
            services.ConfigureAll<HttpClientFactoryOptions>(options =>
                options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = primaryHandler));
        }

        _provider = services.BuildServiceProvider();
    }

    public PinnedClock Clock { get; } = new(TbaVector.Now);

    public SequentialNonces Nonces { get; } = new(TbaVector.Nonce);

    public IServiceProvider Services => _provider;

    public NetSuiteClients Clients => _provider.GetRequiredService<NetSuiteClients>();

    public IConnector Connector(string connection = "main") =>
        _provider.GetServices<IConnectorFactory>().Single(factory => factory.Kind == "netsuite").Create(connection);

    public NetSuiteWebhookReceiver Receiver => _provider.GetRequiredService<NetSuiteWebhookReceiver>();

    public NetSuiteChangeFeedFactory ChangeFeeds => _provider.GetRequiredService<NetSuiteChangeFeedFactory>();

    public void Dispose() => _provider.Dispose();
}

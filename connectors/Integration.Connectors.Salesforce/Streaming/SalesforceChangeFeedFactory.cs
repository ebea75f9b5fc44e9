using Integration.Connectors.Salesforce.Auth;
using Integration.Connectors.Salesforce.Configuration;
using Integration.Core.ChangeFeed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>Builds CDC feeds from a connection's token provider and its streaming HTTP client (no retrying resilience: the feed backs off itself).</summary>
internal sealed class SalesforceChangeFeedFactory(
    IServiceProvider services,
    IOptionsMonitor<SalesforceOptions> options,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : ISalesforceChangeFeedFactory
{
    public IChangeFeed CreateChangeFeed(string connection, string systemName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(systemName);
        var settings = options.CurrentValue;
        if (!settings.Connections.TryGetValue(connection, out var connectionSettings))
        {
            var known = settings.Connections.Count == 0 ? "none" : string.Join(", ", settings.Connections.Keys.Order(StringComparer.Ordinal));
            throw new KeyNotFoundException($"No Salesforce connection '{connection}' is configured under {SalesforceOptions.SectionName}:Connections (configured: {known}).");
        }

        var tokens = services.GetRequiredKeyedService<SalesforceTokenProvider>(connection);
        var clientName = SalesforceClientRegistration.StreamingClientName(connection);
        return new SalesforceChangeFeed(
            connection,
            systemName,
            () => new BayeuxTransport(httpClients.CreateClient(clientName), tokens, connectionSettings.ApiVersion, timeProvider),
            settings.Streaming,
            timeProvider,
            loggerFactory.CreateLogger<SalesforceChangeFeed>());
    }
}

using System.Collections.Concurrent;
using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Reconciliation;
using Integration.Connectors.Salesforce.Records;
using Integration.Connectors.Salesforce.Schema;
using Integration.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Salesforce.Connectors;

/// <summary>
/// Builds (once per name) the connector of each configured connection from that connection's keyed Refit
/// clients. The only place outside registration that resolves from the container, because the clients are
/// keyed by a name known only at run time.
/// </summary>
internal sealed class SalesforceConnectorFactory(
    IServiceProvider services,
    IOptionsMonitor<SalesforceOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IConnectorFactory
{
    private readonly ConcurrentDictionary<string, SalesforceConnector> _connectors = new(StringComparer.OrdinalIgnoreCase);

    public string Kind => SalesforceConnector.SystemKind;

    public IConnector Create(string connection) => Get(connection);

    /// <summary>The connector of <paramref name="connection"/>, built on first use.</summary>
    internal SalesforceConnector Get(string connection)
    {
        var settings = options.CurrentValue;
        if (!settings.Connections.ContainsKey(connection))
        {
            var known = settings.Connections.Count == 0 ? "none" : string.Join(", ", settings.Connections.Keys.Order(StringComparer.Ordinal));
            throw new KeyNotFoundException($"No Salesforce connection '{connection}' is configured under {SalesforceOptions.SectionName}:Connections (configured: {known}).");
        }

        return _connectors.GetOrAdd(connection, Build, settings);
    }

    private SalesforceConnector Build(string connection, SalesforceOptions settings)
    {
        var pager = new SalesforceQueryPager(services.GetRequiredKeyedService<ISalesforceQueryApi>(connection), settings.QueryBatchSize);
        var retry = new SalesforceRecordRetry(
            connection,
            settings.RecordRetryAttempts,
            settings.RecordRetryBaseDelay,
            timeProvider,
            loggerFactory.CreateLogger<SalesforceRecordWriter>());
        return new SalesforceConnector(
            connection,
            new SalesforceRecordReader(pager, settings.MaxQueryUrlLength),
            new SalesforceRecordWriter(services.GetRequiredKeyedService<ISalesforceCollectionsApi>(connection), retry),
            new SalesforceRecordAggregates(pager),
            new SalesforceObjectSchemaProvider(services.GetRequiredKeyedService<ISalesforceSObjectsApi>(connection)));
    }
}

using Integration.Connectors.HubSpot.Associations;
using Integration.Connectors.HubSpot.Reconciliation;
using Integration.Connectors.HubSpot.Records;
using Integration.Connectors.HubSpot.Schema;
using Integration.Core.Connectors;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.HubSpot.Connections;

/// <summary>Builds the connector of a named connection (<c>HubSpot:Connections:&lt;name&gt;</c>).</summary>
internal sealed class HubSpotConnectorFactory(IHttpClientFactory httpClients, IOptionsMonitor<HubSpotOptions> options) : IConnectorFactory
{
    public string Kind => HubSpotConnector.KindName;

    public IConnector Create(string connection) => CreateHubSpot(connection);

    public HubSpotConnector CreateHubSpot(string connection)
    {
        if (!options.CurrentValue.Connections.TryGetValue(connection, out var settings))
        {
            var known = string.Join(", ", options.CurrentValue.Connections.Keys);
            throw new InvalidOperationException($"No HubSpot connection named '{connection}' is configured under {HubSpotOptions.SectionName}:Connections (configured: {known}).");
        }

        var clients = HubSpotClients.Over(httpClients.CreateClient(HubSpotHttpClientName.For(connection)));
        var reader = new HubSpotRecordReader(clients, settings);
        return new HubSpotConnector(
            connection,
            reader,
            new HubSpotRecordWriter(clients.Batch, settings.BatchSize),
            new HubSpotRecordAggregates(clients.Search, reader),
            new HubSpotObjectSchemaProvider(clients.Properties),
            new HubSpotAssociations(clients.Associations));
    }
}

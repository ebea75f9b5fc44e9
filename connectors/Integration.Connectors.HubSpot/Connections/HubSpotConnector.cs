using Integration.Connectors.HubSpot.Associations;
using Integration.Core.Connectors;
using Integration.Core.Reconciliation;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Connectors.HubSpot.Connections;

/// <summary>One HubSpot connection's implementations of core's ports.</summary>
internal sealed class HubSpotConnector(
    string connection,
    IRecordReader reader,
    IRecordWriter writer,
    IRecordAggregates aggregates,
    IObjectSchemaProvider schema,
    HubSpotAssociations associations) : IConnector
{
    public const string KindName = "hubspot";

    public string Kind => KindName;

    public string Connection { get; } = connection;

    public IRecordReader Reader { get; } = reader;

    public IRecordWriter Writer { get; } = writer;

    public IRecordAggregates Aggregates { get; } = aggregates;

    public IObjectSchemaProvider Schema { get; } = schema;

    public HubSpotAssociations Associations { get; } = associations;
}

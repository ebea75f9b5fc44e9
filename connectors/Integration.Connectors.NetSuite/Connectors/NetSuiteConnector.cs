using Integration.Core.Connectors;
using Integration.Core.Reconciliation;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Connectors.NetSuite.Connectors;

/// <summary>One NetSuite connection's reader, writer, aggregates and schema.</summary>
internal sealed class NetSuiteConnector(
    string connection, IRecordReader reader, IRecordWriter writer, IRecordAggregates aggregates, IObjectSchemaProvider schema) : IConnector
{
    public const string SystemKind = "netsuite";

    public string Kind => SystemKind;

    public string Connection => connection;

    public IRecordReader Reader => reader;

    public IRecordWriter Writer => writer;

    public IRecordAggregates Aggregates => aggregates;

    public IObjectSchemaProvider Schema => schema;
}

using Integration.Core.Connectors;
using Integration.Core.Reconciliation;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Connectors.Salesforce.Connectors;

/// <summary>One Salesforce org, as the engine sees it.</summary>
internal sealed class SalesforceConnector(
    string connection,
    IRecordReader reader,
    IRecordWriter writer,
    IRecordAggregates aggregates,
    IObjectSchemaProvider schema) : IConnector
{
    /// <summary>The system kind plans name: <c>salesforce</c>.</summary>
    public const string SystemKind = "salesforce";

    public string Kind => SystemKind;

    public string Connection => connection;

    public IRecordReader Reader => reader;

    public IRecordWriter Writer => writer;

    public IRecordAggregates Aggregates => aggregates;

    public IObjectSchemaProvider Schema => schema;
}

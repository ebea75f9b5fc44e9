using Integration.Core.Reconciliation;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Core.Connectors;

/// <summary>One connection to one SaaS system: everything the engine asks of it.</summary>
public interface IConnector
{
    /// <summary>The system kind (<c>salesforce</c>, <c>hubspot</c>, <c>netsuite</c>), as plans name it.</summary>
    string Kind { get; }

    /// <summary>The named connection this connector talks through (a plan system's <c>connection</c>).</summary>
    string Connection { get; }

    /// <summary>Reads current state.</summary>
    IRecordReader Reader { get; }

    /// <summary>Writes idempotently.</summary>
    IRecordWriter Writer { get; }

    /// <summary>Counts and aggregates for reconciliation.</summary>
    IRecordAggregates Aggregates { get; }

    /// <summary>Object descriptions for plan validation.</summary>
    IObjectSchemaProvider Schema { get; }
}

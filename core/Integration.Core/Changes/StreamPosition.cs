namespace Integration.Core.Changes;

/// <summary>
/// A position in one change stream, opaque to the engine: a Salesforce replay id, a SuiteQL poll
/// cursor, a webhook event id. Committed as a checkpoint only after the events before it are durable.
/// </summary>
/// <param name="Stream">The stream, e.g. <c>salesforce:sf:/data/ChangeEvents</c>.</param>
/// <param name="Value">The connector's own encoding of the position.</param>
public sealed record StreamPosition(string Stream, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Stream}@{Value}";
}

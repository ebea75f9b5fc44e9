using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The <c>ChangeEventHeader</c> of a CDC event (Change Data Capture Developer Guide, "ChangeEventHeader
/// Fields"). <c>nulledFields</c> and <c>diffFields</c> are not delivered over CometD and are not read.
/// </summary>
internal sealed record ChangeEventHeader
{
    [JsonPropertyName("entityName")]
    public string? EntityName { get; init; }

    [JsonPropertyName("recordIds")]
    public IReadOnlyList<string>? RecordIds { get; init; }

    /// <summary><c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>UNDELETE</c>, <c>GAP_*</c> or <c>GAP_OVERFLOW</c>.</summary>
    [JsonPropertyName("changeType")]
    public string? ChangeType { get; init; }

    /// <summary><c>com/salesforce/api/rest/68.0;client=&lt;id&gt;</c>, or empty.</summary>
    [JsonPropertyName("changeOrigin")]
    public string? ChangeOrigin { get; init; }

    [JsonPropertyName("transactionKey")]
    public string? TransactionKey { get; init; }

    /// <summary>The change's order within its transaction, from 1.</summary>
    [JsonPropertyName("sequenceNumber")]
    public long? SequenceNumber { get; init; }

    /// <summary>When the transaction committed, epoch milliseconds.</summary>
    [JsonPropertyName("commitTimestamp")]
    public long? CommitTimestamp { get; init; }

    [JsonPropertyName("commitNumber")]
    public long? CommitNumber { get; init; }

    [JsonPropertyName("commitUser")]
    public string? CommitUser { get; init; }

    /// <summary>Updated fields; compound components as <c>CompoundField.ComponentField</c>.</summary>
    [JsonPropertyName("changedFields")]
    public IReadOnlyList<string>? ChangedFields { get; init; }
}

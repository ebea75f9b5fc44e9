using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;

namespace Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

/// <summary>
/// One change event before it gets a replay id: the <c>ChangeEventHeader</c> values and the field values of the
/// payload. CometD never carries <c>nulledFields</c> or <c>diffFields</c> values; they are sent as empty arrays.
/// </summary>
internal sealed record ChangeEvent
{
    /// <summary>The id Salesforce puts in overflow events, which name no real record.</summary>
    public const string EmptyId = "000000000000000AAA";

    public required string EntityName { get; init; }
    public required IReadOnlyList<string> RecordIds { get; init; }
    public required string ChangeType { get; init; }
    public required string ChangeOrigin { get; init; }
    public required string TransactionKey { get; init; }
    public required int SequenceNumber { get; init; }
    public required long CommitTimestamp { get; init; }
    public required long CommitNumber { get; init; }
    public required string CommitUser { get; init; }
    public required IReadOnlyList<string> ChangedFields { get; init; }

    /// <summary>The changed field values as a JSON object (compound fields nested); <c>{}</c> for deletes and gap events.</summary>
    public required string FieldsJson { get; init; }

    /// <summary>The same change reported as a gap event: header only, the real record ids kept.</summary>
    public ChangeEvent AsGap() => this with { ChangeType = $"GAP_{ChangeType}", ChangedFields = [], FieldsJson = "{}" };

    /// <summary>An overflow event: header only, no real record ids.</summary>
    public ChangeEvent AsOverflow() => this with { ChangeType = "GAP_OVERFLOW", RecordIds = [EmptyId], ChangedFields = [], FieldsJson = "{}" };

    /// <summary>The <c>payload</c> object as JSON text: the header first, then the field values.</summary>
    public string PayloadJson()
    {
        var header = new JsonObject
        {
            ["entityName"] = EntityName,
            ["recordIds"] = new JsonArray([.. RecordIds.Select(id => (JsonNode)id)]),
            ["changeType"] = ChangeType,
            ["changeOrigin"] = ChangeOrigin,
            ["transactionKey"] = TransactionKey,
            ["sequenceNumber"] = SequenceNumber,
            ["commitTimestamp"] = CommitTimestamp,
            ["commitNumber"] = CommitNumber,
            ["commitUser"] = CommitUser,
            ["nulledFields"] = new JsonArray(),
            ["diffFields"] = new JsonArray(),
            ["changedFields"] = new JsonArray([.. ChangedFields.Select(f => (JsonNode)f)]),
        };

        // The field values were serialized once when the transaction committed; splice them after the header.
        var fields = FieldsJson.Length > 2 ? string.Concat(",", FieldsJson.AsSpan(1)) : "}";
        return string.Concat("{\"ChangeEventHeader\":", header.ToJsonString(SandboxJson.Options), fields);
    }
}

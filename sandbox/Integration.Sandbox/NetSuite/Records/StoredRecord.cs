using System.Text.Json.Nodes;

namespace Integration.Sandbox.NetSuite.Records;

/// <summary>
/// One record. Body values are JSON scalars (references hold the target's internal id as a string);
/// <see cref="LastModified"/> is UTC, truncated to whole seconds as NetSuite keeps it.
/// </summary>
internal sealed class StoredRecord(RecordType type, long id, DateTimeOffset created)
{
    public RecordType Type { get; } = type;

    public long Id { get; } = id;

    public string? ExternalId { get; set; }

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset LastModified { get; set; } = created;

    public Dictionary<string, JsonValue> Values { get; } = new(StringComparer.Ordinal);

    public string? Text(string field) => Values.TryGetValue(field, out var value) ? value.ToString() : null;
}

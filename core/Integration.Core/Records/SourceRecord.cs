using System.Text.Json;

namespace Integration.Core.Records;

/// <summary>The current state of one record as read from its system.</summary>
/// <param name="ObjectName">The vendor object.</param>
/// <param name="Id">The record's id in its system.</param>
/// <param name="Fields">The fields read, by vendor field name; a JSON null for a field without value.</param>
/// <param name="Version">The record's modification stamp.</param>
/// <param name="IsDeleted">Whether the record is deleted or archived (read with deleted rows included).</param>
public sealed record SourceRecord(
    string ObjectName,
    string Id,
    IReadOnlyDictionary<string, JsonElement> Fields,
    RecordVersion Version,
    bool IsDeleted = false);

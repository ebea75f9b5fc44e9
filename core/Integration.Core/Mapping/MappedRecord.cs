using Integration.Core.CrossReference;
using Integration.Core.Records;

namespace Integration.Core.Mapping;

/// <summary>A record mapped to the other side of an object mapping: one entry per field mapping that flows that way.</summary>
/// <param name="From">The side the record was read from.</param>
/// <param name="Record">The record as read.</param>
/// <param name="Fields">The mapped fields, keyed by field mapping (its destination field name).</param>
public sealed record MappedRecord(SyncSide From, SourceRecord Record, IReadOnlyDictionary<string, MappedField> Fields)
{
    /// <summary>The fields whose transform failed.</summary>
    public IEnumerable<MappedField> Failures => Fields.Values.Where(f => f.Result.Outcome == Transforms.TransformOutcome.Failure);

    /// <summary>The fields whose lookup has no counterpart yet.</summary>
    public IEnumerable<MappedField> Unresolved => Fields.Values.Where(f => f.Result.Outcome == Transforms.TransformOutcome.Unresolved);
}

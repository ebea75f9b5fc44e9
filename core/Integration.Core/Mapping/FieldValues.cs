using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Core.Transforms.Internal;

namespace Integration.Core.Mapping;

/// <summary>The values a field mapping reads on each side: side A's <c>sources</c>, side B's <c>destination</c>.</summary>
public static class FieldValues
{
    /// <summary>The fields a record of <paramref name="side"/> must be read with for <paramref name="mapping"/>: the mapped ones and the side's external-id field.</summary>
    /// <param name="mapping">The object mapping.</param>
    /// <param name="side">The side read.</param>
    /// <returns>The distinct field names.</returns>
    public static IEnumerable<string> ReadFields(ObjectMapping mapping, SyncSide side)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var fields = side == SyncSide.A ? mapping.Fields.SelectMany(f => f.Sources) : mapping.Fields.Select(f => f.Destination);
        var externalId = side == SyncSide.A ? mapping.Source.ExternalIdField : mapping.Destination.ExternalIdField;
        return (externalId is null ? fields : fields.Append(externalId)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The values <paramref name="field"/> reads from <paramref name="record"/> on <paramref name="side"/>; missing fields and a missing record are <see cref="JsonValueKind.Undefined"/>.</summary>
    /// <param name="field">The field mapping.</param>
    /// <param name="side">The record's side.</param>
    /// <param name="record">The record, or null when it does not exist.</param>
    /// <returns>One value per source (side A) or the destination value (side B).</returns>
    public static IReadOnlyList<JsonElement> Of(FieldMapping field, SyncSide side, SourceRecord? record)
    {
        ArgumentNullException.ThrowIfNull(field);
        var names = side == SyncSide.A ? field.Sources : [field.Destination];
        return names.Select(name => record is not null && record.Fields.TryGetValue(name, out var value) ? value : default).ToList();
    }

    /// <summary>The fingerprint of what <paramref name="field"/> reads from <paramref name="record"/> on <paramref name="side"/>.</summary>
    /// <param name="field">The field mapping.</param>
    /// <param name="side">The record's side.</param>
    /// <param name="record">The record, or null.</param>
    /// <returns>The fingerprint.</returns>
    public static FieldFingerprint Fingerprint(FieldMapping field, SyncSide side, SourceRecord? record) =>
        FieldFingerprint.Of(Of(field, side, record));

    /// <summary>Whether every value <paramref name="field"/> reads on <paramref name="side"/> is null, missing or blank text.</summary>
    /// <param name="field">The field mapping.</param>
    /// <param name="side">The record's side.</param>
    /// <param name="record">The record, or null (blank).</param>
    /// <returns>True when blank.</returns>
    public static bool IsBlank(FieldMapping field, SyncSide side, SourceRecord? record) =>
        Of(field, side, record).All(JsonValues.IsNullOrBlank);
}

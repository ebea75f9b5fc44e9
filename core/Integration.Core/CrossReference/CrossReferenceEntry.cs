using Integration.Core.Records;

namespace Integration.Core.CrossReference;

/// <summary>
/// One linked record pair of an object mapping: the ids on both sides, the source version last applied from
/// each side (the version guard) and the fingerprints of every field mapping's values last synced (conflict
/// detection and echo suppression).
/// </summary>
/// <param name="Mapping">The object mapping's name.</param>
/// <param name="AId">The record id on side A (the mapping's source endpoint); null while unknown.</param>
/// <param name="BId">The record id on side B (the mapping's destination endpoint); null while unknown.</param>
/// <param name="AVersion">The version of the side A record whose values were last applied; null when none was.</param>
/// <param name="BVersion">The version of the side B record whose values were last applied; null when none was.</param>
/// <param name="Fields">Per field mapping, keyed by its destination field name: the fingerprints last synced.</param>
/// <param name="ETag">The store's concurrency tag of this row as read; null for a row not stored yet.</param>
public sealed record CrossReferenceEntry(
    string Mapping,
    string? AId,
    string? BId,
    RecordVersion? AVersion,
    RecordVersion? BVersion,
    IReadOnlyDictionary<string, FieldFingerprints> Fields,
    string? ETag = null)
{
    /// <summary>The record id on <paramref name="side"/>, or null while unknown.</summary>
    /// <param name="side">The side asked for.</param>
    /// <returns>The id or null.</returns>
    public string? IdOn(SyncSide side) => side == SyncSide.A ? AId : BId;

    /// <summary>The version last applied from <paramref name="side"/>, or null.</summary>
    /// <param name="side">The side asked for.</param>
    /// <returns>The version or null.</returns>
    public RecordVersion? VersionOn(SyncSide side) => side == SyncSide.A ? AVersion : BVersion;

    /// <summary>A new, unstored row for <paramref name="mapping"/> knowing only the id on <paramref name="side"/>.</summary>
    /// <param name="mapping">The object mapping's name.</param>
    /// <param name="side">The side whose id is known.</param>
    /// <param name="id">The record id on that side.</param>
    /// <returns>A row with no versions, fingerprints or ETag.</returns>
    public static CrossReferenceEntry New(string mapping, SyncSide side, string id) =>
        side == SyncSide.A
            ? new(mapping, id, null, null, null, new Dictionary<string, FieldFingerprints>())
            : new(mapping, null, id, null, null, new Dictionary<string, FieldFingerprints>());

    /// <summary>This row with <paramref name="id"/> on <paramref name="side"/>.</summary>
    /// <param name="side">The side to set.</param>
    /// <param name="id">The record id.</param>
    /// <returns>The changed copy.</returns>
    public CrossReferenceEntry WithId(SyncSide side, string id) =>
        side == SyncSide.A ? this with { AId = id } : this with { BId = id };

    /// <summary>This row with <paramref name="version"/> applied from <paramref name="side"/>, unless an equal or newer one was.</summary>
    /// <param name="side">The side the version belongs to.</param>
    /// <param name="version">The version applied.</param>
    /// <returns>The changed copy.</returns>
    public CrossReferenceEntry WithVersion(SyncSide side, RecordVersion version)
    {
        var current = VersionOn(side);
        if (current is { } known && known >= version)
        {
            return this;
        }

        return side == SyncSide.A ? this with { AVersion = version } : this with { BVersion = version };
    }

    /// <summary>This row with the fingerprints of <paramref name="updates"/> replacing those of the same fields.</summary>
    /// <param name="updates">Fingerprints keyed by field mapping (destination field name).</param>
    /// <returns>The changed copy.</returns>
    public CrossReferenceEntry WithFingerprints(IReadOnlyDictionary<string, FieldFingerprints> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var merged = new Dictionary<string, FieldFingerprints>(Fields, StringComparer.Ordinal);
        foreach (var (field, fingerprints) in updates)
        {
            merged[field] = fingerprints;
        }

        return this with { Fields = merged };
    }
}

using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Records;

namespace Integration.Core.Writing;

/// <summary>
/// One record to write to one system, as the change processor decided it; the destination writer batches these
/// per (system, object), guards versions and updates the cross-reference.
/// </summary>
/// <param name="Mapping">The object mapping's name.</param>
/// <param name="Epoch">The source-of-truth epoch the decision was made under.</param>
/// <param name="TargetSide">The side written.</param>
/// <param name="TargetSystem">The plan's name of the system written (selects the writes queue).</param>
/// <param name="TargetObject">The object written.</param>
/// <param name="Operation">Upsert or delete.</param>
/// <param name="ExternalIdField">The target's external-id field the upsert is keyed by, or <see cref="RecordIdKey.Field"/> to update the target record by its own id (empty for deletes).</param>
/// <param name="ExternalId">The key's value: the source record's id, or the target record's id under <see cref="RecordIdKey.Field"/>.</param>
/// <param name="TargetId">The target record's id when known (required for deletes).</param>
/// <param name="SourceId">The id of the record the values come from (side opposite <paramref name="TargetSide"/>).</param>
/// <param name="SourceVersion">That record's version, for the version guard.</param>
/// <param name="Fields">The target field names and values to write.</param>
/// <param name="Fingerprints">Per field mapping key, the fingerprints both sides will hold once written; merged into the cross-reference.</param>
/// <param name="Lane">Live change traffic or bulk (resync, backfill).</param>
/// <param name="CommittedAt">When the source committed the change, for end-to-end latency.</param>
public sealed record WriteCommand(
    string Mapping,
    long Epoch,
    SyncSide TargetSide,
    string TargetSystem,
    string TargetObject,
    WriteOperation Operation,
    string ExternalIdField,
    string ExternalId,
    string? TargetId,
    string SourceId,
    RecordVersion SourceVersion,
    IReadOnlyDictionary<string, JsonElement> Fields,
    IReadOnlyDictionary<string, FieldFingerprints> Fingerprints,
    WriteLane Lane,
    DateTimeOffset CommittedAt)
{
    /// <summary>
    /// Decided by a repair pass (<see cref="Changes.ResyncRequest.Repair"/>): its fields are values the target lacked
    /// although the cross-reference said they were synced, so a newer command, decided from those fingerprints, may not
    /// carry them. When a newer command supersedes it, the writer asks for another repair instead of dropping it.
    /// </summary>
    public bool Repair { get; init; }

    /// <summary>The side the values come from.</summary>
    public SyncSide SourceSide => TargetSide == SyncSide.A ? SyncSide.B : SyncSide.A;
}

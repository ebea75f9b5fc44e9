using System.Text.Json;
using Integration.Core.Conflicts;
using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Processing;

/// <summary>
/// Decides every field of one record pair (<see cref="FieldSyncRules"/>) and collects the values to write per side.
/// A value equal to what the target already holds is not written. A failed transform is reported and the field's
/// fingerprints move to the values read (so it is reported again only when a value changes); an unresolved lookup
/// parks the whole pair.
/// </summary>
internal static class PairSync
{
    /// <param name="pair">The records and their cross-reference row.</param>
    /// <param name="sourceOfTruth">The side that wins conflicts.</param>
    /// <param name="now">When the decision is made (conflict records).</param>
    /// <param name="repairFrom">
    /// A repair: this side counts as changed and the other as unchanged, whatever the fingerprints say, so its values
    /// flow wherever the rules let them and the other side's values differ.
    /// </param>
    public static PairOutcome Decide(RecordPair pair, SyncSide sourceOfTruth, DateTimeOffset now, SyncSide? repairFrom = null)
    {
        var outcome = new PairOutcome();
        foreach (var field in pair.Mapping.Fields)
        {
            var fingerprintA = Current(pair, field, SyncSide.A);
            var fingerprintB = Current(pair, field, SyncSide.B);
            var situation = new FieldSituation(
                field.Sync,
                sourceOfTruth,
                InverseTransform.CanFlowBack(field),
                State(pair, field, SyncSide.A, fingerprintA, repairFrom),
                State(pair, field, SyncSide.B, fingerprintB, repairFrom));
            var decision = FieldSyncRules.Decide(situation);
            var current = new FieldFingerprints(fingerprintA, fingerprintB);
            if (decision.Flow == FieldFlow.None)
            {
                outcome.Unwritten[field.Destination] = current;
                continue;
            }

            var from = decision.Flow == FieldFlow.AToB ? SyncSide.A : SyncSide.B;
            Apply(pair, field, from, current, decision.Conflict, outcome, now);
        }

        return outcome;
    }

    private static void Apply(
        RecordPair pair, FieldMapping field, SyncSide from, FieldFingerprints current, bool conflict, PairOutcome outcome, DateTimeOffset now)
    {
        var to = from == SyncSide.A ? SyncSide.B : SyncSide.A;
        var mapped = pair.MappedFrom(from)!.Fields[field.Destination];
        switch (mapped.Result.Outcome)
        {
            case TransformOutcome.Failure:
                // Reported once per value: the fingerprints move on, so the error comes back only when the value changes.
                outcome.Failures.Add($"field {field.Destination} ({from} to {to}): {mapped.Result.Error}");
                outcome.Unwritten[field.Destination] = current;
                return;
            case TransformOutcome.Unresolved:
                outcome.ParkReason ??= $"{mapped.Result.Reference!.SourceObject} '{mapped.Result.Reference.SourceId}' has no counterpart yet";
                return;
        }

        var writes = outcome.To(to);
        writes.Wanted = true;
        var value = mapped.Result.Value;
        var written = FieldFingerprint.Of(value);
        var target = pair.On(to);
        if (written == current.On(to))
        {
            // Already equal (or null into a record being created): nothing to write, fingerprints refreshed.
            outcome.Unwritten[field.Destination] = current;
            return;
        }

        writes.Fields[mapped.TargetField] = value;
        writes.Fingerprints[field.Destination] = to == SyncSide.B ? current with { B = written } : current with { A = written };
        if (conflict && target is not null)
        {
            outcome.Conflicts.Add(new ConflictRecord(
                pair.Mapping.Name,
                pair.A?.Id,
                pair.B?.Id,
                field.Destination,
                Shown(FieldValues.Of(field, SyncSide.A, pair.A)),
                FieldValues.Of(field, SyncSide.B, pair.B)[0],
                from,
                now,
                pair.A?.Version,
                pair.B?.Version));
        }
    }

    /// <summary>The field's fingerprint on a side: of the record read, or, for a linked record not read, the last one synced.</summary>
    private static FieldFingerprint Current(RecordPair pair, FieldMapping field, SyncSide side) =>
        pair.Unread == side
            ? pair.Entry is { } entry && entry.Fields.TryGetValue(field.Destination, out var synced) ? synced.On(side) : default
            : FieldValues.Fingerprint(field, side, pair.On(side));

    private static SideState State(RecordPair pair, FieldMapping field, SyncSide side, FieldFingerprint now, SyncSide? repairFrom)
    {
        if (pair.Unread == side)
        {
            // Not read because no rule of the mapping lets this side's state decide (ChangeProcessor.Blind): as synced.
            return new SideState(true, false, false);
        }

        var record = pair.On(side);
        if (record is null)
        {
            return SideState.Missing;
        }

        var changed = repairFrom is { } repaired
            ? repaired == side
            : pair.Entry is null
                || !pair.Entry.Fields.TryGetValue(field.Destination, out var synced)
                || synced.On(side) != now;
        return new SideState(true, changed, FieldValues.IsBlank(field, side, record));
    }

    private static JsonElement Shown(IReadOnlyList<JsonElement> values) =>
        values.Count == 1
            ? values[0]
            : JsonSerializer.SerializeToElement(values.Select(v => v.ValueKind == JsonValueKind.Undefined ? (JsonElement?)null : v).ToList());
}

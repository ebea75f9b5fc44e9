using Integration.Core.Conflicts;
using Integration.Core.CrossReference;

namespace Integration.Core.Processing;

/// <summary>What the field decisions of one record pair came to.</summary>
internal sealed class PairOutcome
{
    public SideWrites ToA { get; } = new();

    public SideWrites ToB { get; } = new();

    /// <summary>Fingerprints of fields not written (unchanged, already equal, or not synced by rule): both sides as read.</summary>
    public Dictionary<string, FieldFingerprints> Unwritten { get; } = new(StringComparer.Ordinal);

    public List<ConflictRecord> Conflicts { get; } = [];

    public List<string> Failures { get; } = [];

    /// <summary>The first unresolved reference; when set, nothing of the pair is written and the record is parked.</summary>
    public string? ParkReason { get; set; }

    public SideWrites To(SyncSide side) => side == SyncSide.A ? ToA : ToB;
}

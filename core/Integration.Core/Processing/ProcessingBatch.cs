using Integration.Core.Changes;

namespace Integration.Core.Processing;

/// <summary>One batch of the changes queue.</summary>
/// <param name="Changes">Change notifications.</param>
/// <param name="Resyncs">Requests to re-read and re-sync records (written on the bulk lane).</param>
/// <param name="Parked">Parked records coming back for another try.</param>
public sealed record ProcessingBatch(
    IReadOnlyList<ChangeEvent> Changes,
    IReadOnlyList<ResyncRequest>? Resyncs = null,
    IReadOnlyList<ParkedChange>? Parked = null);

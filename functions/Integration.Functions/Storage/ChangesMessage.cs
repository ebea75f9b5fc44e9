using Integration.Core.Changes;
using Integration.Core.Processing;

namespace Integration.Functions.Storage;

/// <summary>One message of the changes queue: several notifications, resync requests or parked records (JSON, <see cref="MessageJson"/>).</summary>
/// <param name="Events">Change notifications.</param>
/// <param name="Resyncs">Requests to re-read records.</param>
/// <param name="Parked">Records handed back after their park delay.</param>
public sealed record ChangesMessage(
    IReadOnlyList<ChangeEvent>? Events = null,
    IReadOnlyList<ResyncRequest>? Resyncs = null,
    IReadOnlyList<ParkedChange>? Parked = null)
{
    /// <summary>The message as the processor's batch.</summary>
    public ProcessingBatch ToBatch() => new(Events ?? [], Resyncs, Parked);
}

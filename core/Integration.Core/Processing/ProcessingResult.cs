namespace Integration.Core.Processing;

/// <summary>What one batch did, for metrics and for the caller's follow-up.</summary>
/// <param name="EventsIn">Change events, resync requests and parked records received.</param>
/// <param name="RecordsRead">Records read from the systems (notified records and their counterparts).</param>
/// <param name="WritesOut">Write commands enqueued.</param>
/// <param name="EchoesDropped">Records dropped as echoes of our own writes (origin fast path or fingerprints).</param>
/// <param name="Conflicts">Fields changed on both sides and settled by the source of truth.</param>
/// <param name="Errors">Errors surfaced to <see cref="ISyncErrorLog"/>.</param>
/// <param name="Parked">Records to re-enqueue after <see cref="SyncEngineOptions.ParkRetryDelay"/>: parked for a reference, or held by a paused mapping.</param>
public sealed record ProcessingResult(
    int EventsIn,
    int RecordsRead,
    int WritesOut,
    int EchoesDropped,
    int Conflicts,
    int Errors,
    IReadOnlyList<ParkedChange> Parked)
{
    /// <summary>How many of <see cref="Parked"/> are held because their mapping is paused (<see cref="ParkedChange.Held"/>).</summary>
    public int Held => Parked.Count(p => p.Held);
}

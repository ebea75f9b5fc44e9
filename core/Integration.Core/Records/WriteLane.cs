namespace Integration.Core.Records;

/// <summary>
/// Which share of a destination's request budget a write draws from: live change traffic and bulk
/// backfill have separate lanes, so a backfill never starves live sync.
/// </summary>
public enum WriteLane
{
    /// <summary>Live change traffic (latency matters). The default.</summary>
    Live,

    /// <summary>Backfill, rehearsal loads and resyncs (throughput matters).</summary>
    Bulk,
}

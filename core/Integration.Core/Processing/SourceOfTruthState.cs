namespace Integration.Core.Processing;

/// <summary>Which system currently wins conflicts for a mapping, and since which switch.</summary>
/// <param name="System">The plan's name of the source-of-truth system.</param>
/// <param name="Epoch">The switch count: 0 as planned, incremented by every cutover or rollback (stored with optimistic concurrency).</param>
public sealed record SourceOfTruthState(string System, long Epoch);

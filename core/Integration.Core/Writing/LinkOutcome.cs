using Integration.Core.Processing;

namespace Integration.Core.Writing;

/// <summary>How storing one written record's cross-reference row went.</summary>
/// <param name="Error">The error to surface when the row kept changing; null when stored or superseded.</param>
/// <param name="Raced">Whether the row changed between the batch's read and its update (another writer wrote the record too).</param>
internal readonly record struct LinkOutcome(SyncError? Error, bool Raced);

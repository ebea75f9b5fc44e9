using Integration.Core.Fingerprints;

namespace Integration.Core.CrossReference;

/// <summary>
/// The fingerprints of one field mapping's values as last synced, on both sides: side A's value(s) as read
/// (the mapping's <c>sources</c>) and side B's value (its <c>destination</c> field).
/// </summary>
/// <param name="A">The fingerprint of side A's source values.</param>
/// <param name="B">The fingerprint of side B's destination value.</param>
public readonly record struct FieldFingerprints(FieldFingerprint A, FieldFingerprint B)
{
    /// <summary>The fingerprint on <paramref name="side"/>.</summary>
    /// <param name="side">The side asked for.</param>
    /// <returns><see cref="A"/> or <see cref="B"/>.</returns>
    public FieldFingerprint On(SyncSide side) => side == SyncSide.A ? A : B;
}

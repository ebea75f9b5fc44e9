namespace Integration.Connectors.Tests.Sandboxes;

/// <summary>
/// The system clock plus an offset that a test moves forward, shared by the sandbox and the connector under test:
/// timers and delays stay real (retries and back-offs run), while "now" can jump past a cut-off
/// (a <c>ModifiedSince</c> boundary, NetSuite's whole-second lastmodifieddate) without waiting.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" forward by <paramref name="by"/>.</summary>
    public void Shift(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

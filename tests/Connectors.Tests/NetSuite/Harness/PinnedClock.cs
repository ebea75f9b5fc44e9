namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>A clock whose "now" the test sets, while timers and delays stay real (so small back-offs still elapse).</summary>
internal sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

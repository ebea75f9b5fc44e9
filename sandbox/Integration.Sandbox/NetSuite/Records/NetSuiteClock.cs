namespace Integration.Sandbox.NetSuite.Records;

/// <summary>
/// Record timestamps as NetSuite keeps them: whole seconds (the finest precision SuiteQL exposes through
/// <c>TO_CHAR(..., 'SS')</c>), so two changes within one second share a <c>lastmodifieddate</c>.
/// </summary>
internal static class NetSuiteClock
{
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}

using Integration.Connectors.NetSuite.Governance;

namespace Integration.Connectors.Tests.NetSuite.Governance;

public sealed class ConcurrencyBackoffTests
{
    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.5, 1500)]
    [InlineData(3, 0.0, 2000)]
    [InlineData(6, 1.0, 30000)]
    [InlineData(40, 0.0, 15000)]
    public void DelayFor_attempt_doubles_from_the_base_with_jitter_and_a_cap(int attempt, double jitter, int expectedMilliseconds)
    {
        var backoff = new ConcurrencyBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), backoff.DelayFor(attempt, jitter));
    }
}

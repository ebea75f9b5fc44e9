using Integration.Connectors.Salesforce.Streaming;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class BayeuxBackoffTests
{
    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 2_000)]
    [InlineData(3, 4_000)]
    [InlineData(6, 30_000)]
    [InlineData(40, 30_000)]
    public void Delay_doubles_per_failure_up_to_the_cap_with_at_most_half_of_it_jittered_away(int failures, int cappedMs)
    {
        var backoff = new BayeuxBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), maxFailures: 100);
        for (var i = 0; i < failures; i++)
        {
            Assert.True(backoff.Fail(), $"failure {i + 1} of 100 allowed must not end the read");
        }

        var delays = Enumerable.Range(0, 50).Select(_ => backoff.Next().TotalMilliseconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, cappedMs / 2.0, cappedMs));
        Assert.True(delays.Distinct().Count() > 1, "50 delays all equal: no jitter");
    }

    [Fact]
    public void Limit_is_reached_on_the_configured_failure_and_reset_starts_over()
    {
        var backoff = new BayeuxBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), maxFailures: 3);

        Assert.Equal([true, true, false], new[] { backoff.Fail(), backoff.Fail(), backoff.Fail() });
        backoff.Reset();
        Assert.Equal(TimeSpan.Zero, backoff.Next());
        Assert.True(backoff.Fail());
    }
}

using Integration.Functions.LocalHost.Queues;

namespace Integration.Functions.Tests.LocalHost.Queues;

public sealed class PollingBackoffTests
{
    private static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    [Theory]
    [InlineData(1, 100, 100)]
    [InlineData(2, 180, 220)]
    [InlineData(3, 260, 340)]
    [InlineData(4, 420, 580)]
    [InlineData(5, 740, 1000)]
    [InlineData(12, 1000, 1000)]
    public void Idle_polls_back_off_exponentially_with_jitter_up_to_the_maximum(int emptyPolls, int lowMs, int highMs)
    {
        var backoff = new PollingBackoff(Minimum, TimeSpan.FromSeconds(1));

        var delay = TimeSpan.Zero;
        for (var i = 0; i < emptyPolls; i++)
        {
            delay = backoff.Next(foundMessages: false);
        }

        Assert.InRange(delay.TotalMilliseconds, lowMs, highMs);
    }

    [Fact]
    public void Found_message_resets_the_wait_to_the_minimum()
    {
        var backoff = new PollingBackoff(Minimum, TimeSpan.FromSeconds(1));
        for (var i = 0; i < 10; i++)
        {
            backoff.Next(foundMessages: false);
        }

        Assert.Equal(Minimum, backoff.Next(foundMessages: true));
        Assert.InRange(backoff.Next(foundMessages: false).TotalMilliseconds, 180, 220);
    }
}

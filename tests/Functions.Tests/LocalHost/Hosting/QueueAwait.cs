using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Integration.Functions.Tests.LocalHost.Hosting;

/// <summary>Polls queues under a timeout whose failure names what was awaited.</summary>
internal static class QueueAwait
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<PeekedMessage[]> MessagesAsync(QueueClient queue, int count, TimeSpan timeout, string what)
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        PeekedMessage[] seen = [];
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if ((await queue.ExistsAsync(ct)).Value)
            {
                seen = (await queue.PeekMessagesAsync(32, ct)).Value;
                if (seen.Length >= count)
                {
                    return seen;
                }
            }

            await Task.Delay(PollInterval, TimeProvider.System, ct);
        }

        Assert.Fail($"Timed out after {timeout} waiting for {what}: queue '{queue.Name}' shows {seen.Length} of {count} messages.");
        return [];
    }

    public static async Task EmptyAsync(QueueClient queue, TimeSpan timeout, string what)
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        int left;
        do
        {
            left = (await queue.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount;
            if (left == 0)
            {
                return;
            }

            await Task.Delay(PollInterval, TimeProvider.System, ct);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);

        Assert.Fail($"Timed out after {timeout} waiting for {what}: queue '{queue.Name}' still holds about {left} messages.");
    }
}

using System.Globalization;
using Azure.Storage.Queues;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.LocalHost.Queues;

public sealed class BatchProcessingTests(AzuriteFixture azurite)
{
    private const int MessageCount = 200;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public async Task Every_message_is_processed_exactly_once_when_handlers_succeed(int batchSize)
    {
        var ct = TestContext.Current.CancellationToken;
        var queueName = StorageNames.Queue($"batch{batchSize}");
        var settings = TestLocalHost.FastQueueSettings(azurite.ConnectionString);
        settings[CountingQueueFunction.QueueSetting] = queueName;
        settings["AzureFunctionsJobHost:extensions:queues:batchSize"] = batchSize.ToString(CultureInfo.InvariantCulture);
        var queue = new QueueClient(azurite.ConnectionString, queueName);
        await queue.CreateAsync(cancellationToken: ct);
        var sends = Enumerable.Range(0, MessageCount)
            .Select(i => queue.SendMessageAsync($$"""{"name":"item-{{i}}","number":{{i}}}""", ct));
        var ids = (await Task.WhenAll(sends)).Select(r => r.Value.MessageId).ToHashSet();
        var probe = new MessageProbe();

        await using (await TestLocalHost.StartAsync([typeof(CountingQueueFunction)], settings, s => s.AddSingleton(probe)))
        {
            await probe.WaitForInvocationsAsync(MessageCount, Timeout, $"all {MessageCount} messages with batchSize {batchSize}");
            await QueueAwait.EmptyAsync(queue, Timeout, "every processed message to be deleted");
        }

        Assert.Equal(ids.Order(), probe.Counts.Keys.Order());
        Assert.All(probe.Counts, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(Enumerable.Range(0, MessageCount).Select(i => $"item-{i}").Order(), probe.Bodies.Order());
    }
}

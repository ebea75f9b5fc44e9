using Azure.Storage.Queues;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.LocalHost.Queues;

public sealed class GracefulShutdownTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Host_stopped_mid_batch_loses_no_message_and_a_second_host_processes_them_all()
    {
        var ct = TestContext.Current.CancellationToken;
        var queueName = StorageNames.Queue("shutdown");
        var settings = TestLocalHost.FastQueueSettings(azurite.ConnectionString);
        settings[BlockingQueueFunction.QueueSetting] = queueName;
        settings["AzureFunctionsJobHost:extensions:queues:batchSize"] = "4";
        settings["AzureFunctionsJobHost:extensions:queues:newBatchThreshold"] = "0";
        settings["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01";
        var queue = new QueueClient(azurite.ConnectionString, queueName);
        await queue.CreateAsync(cancellationToken: ct);
        var ids = new HashSet<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add((await queue.SendMessageAsync($"m{i}", ct)).Value.MessageId);
        }

        var blocked = new MessageProbe();
        var first = await TestLocalHost.StartAsync(
            [typeof(BlockingQueueFunction)], settings, s => s.AddSingleton(blocked).AddSingleton(new QueueGate(open: false)), shutdownTimeout: TimeSpan.FromMilliseconds(300));
        await blocked.WaitForInvocationsAsync(4, Timeout, "the first host to start a batch of 4 blocked handlers");
        await first.DisposeAsync();

        var second = new MessageProbe();
        await using (await TestLocalHost.StartAsync([typeof(BlockingQueueFunction)], settings, s => s.AddSingleton(second).AddSingleton(new QueueGate(open: true))))
        {
            await second.WaitForInvocationsAsync(10, Timeout, "the second host to process all 10 messages");
            await QueueAwait.EmptyAsync(queue, Timeout, "the second host to delete every message");
        }

        Assert.Equal(4, blocked.Counts.Count);
        Assert.Equal(ids.Order(), second.Counts.Keys.Order());
        Assert.False((await new QueueClient(azurite.ConnectionString, queueName + "-poison").ExistsAsync(ct)).Value);
    }
}

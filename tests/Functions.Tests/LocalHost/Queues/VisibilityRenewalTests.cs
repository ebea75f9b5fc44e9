using Azure.Storage.Queues;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Queues;

public sealed class VisibilityRenewalTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Message_of_a_function_outliving_its_receive_visibility_is_renewed_and_processed_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var queueName = StorageNames.Queue("renewal");
        var settings = TestLocalHost.FastQueueSettings(azurite.ConnectionString);
        settings[BlockingQueueFunction.QueueSetting] = queueName;
        settings["LocalHost:Queues:ReceiveVisibilityTimeout"] = "00:00:01";
        settings["AzureFunctionsJobHost:logging:logLevel:Host.Triggers.Queues"] = "Debug";
        var queue = new QueueClient(azurite.ConnectionString, queueName);
        await queue.CreateAsync(cancellationToken: ct);
        var id = (await queue.SendMessageAsync("long-running", ct)).Value.MessageId;
        var (probe, gate, logs) = (new MessageProbe(), new QueueGate(open: false), new CapturedLogs());

        await using (await TestLocalHost.StartAsync([typeof(BlockingQueueFunction)], settings, s => s.AddSingleton(probe).AddSingleton(gate).AddSingleton<ILoggerProvider>(logs)))
        {
            await probe.WaitForInvocationsAsync(1, Timeout, "the function to start");
            await logs.WaitForAsync(e => e.Message.Contains($"message '{id}' stays invisible", StringComparison.Ordinal), 3, Timeout, "three visibility renewals (1.5 s, past the 1 s receive visibility)");
            var invocationsWhileRunning = probe.TotalInvocations;
            gate.Release();
            await QueueAwait.EmptyAsync(queue, Timeout, "the message to be deleted after the function returned");

            Assert.Equal(1, invocationsWhileRunning);
        }

        Assert.Equal(1, probe.Counts[id]);
    }
}

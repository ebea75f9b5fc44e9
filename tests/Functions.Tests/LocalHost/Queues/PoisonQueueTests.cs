using System.Text;
using Azure.Storage.Queues;
using Integration.Functions.LocalHost.Queues;
using Integration.Functions.Storage;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.LocalHost.Queues;

public sealed class PoisonQueueTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("none")]
    [InlineData("base64")]
    public async Task Failing_message_moves_to_poison_queue_after_maxDequeueCount_with_its_error_recorded(string encoding)
    {
        var ct = TestContext.Current.CancellationToken;
        var queueName = StorageNames.Queue("poison");
        var errorTable = StorageNames.Table("poisonerrors");
        var probe = new MessageProbe();
        var settings = TestLocalHost.FastQueueSettings(azurite.ConnectionString);
        settings[FailingQueueFunction.QueueSetting] = queueName;
        settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3";
        settings["AzureFunctionsJobHost:extensions:queues:messageEncoding"] = encoding;
        settings["LocalHost:Queues:PoisonErrorTable"] = errorTable;
        var connection = StorageConnection.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var typed = connection.CreateQueueServiceClient(encoding == "base64" ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None);
        var raw = connection.CreateQueueServiceClient();
        await typed.GetQueueClient(queueName).CreateAsync(cancellationToken: ct);
        var sent = await typed.GetQueueClient(queueName).SendMessageAsync("order-42", ct);

        await using (await TestLocalHost.StartAsync([typeof(FailingQueueFunction)], settings, s => s.AddSingleton(probe)))
        {
            var poisoned = await QueueAwait.MessagesAsync(typed.GetQueueClient(queueName + "-poison"), 1, Timeout, "the failing message in the poison queue");
            Assert.Equal("order-42", poisoned[0].Body.ToString());
        }

        var rawPoison = (await raw.GetQueueClient(queueName + "-poison").PeekMessageAsync(ct)).Value;
        var expectedWire = encoding == "base64" ? Convert.ToBase64String(Encoding.UTF8.GetBytes("order-42")) : "order-42";
        Assert.Equal(expectedWire, rawPoison.Body.ToString());
        Assert.Equal(3, probe.Counts[sent.Value.MessageId]);
        Assert.Equal(0, (await typed.GetQueueClient(queueName).GetPropertiesAsync(ct)).Value.ApproximateMessagesCount);

        var store = new PoisonErrorStore(connection.CreateTableServiceClient().GetTableClient(errorTable), TimeProvider.System);
        var error = await store.FindAsync(queueName, sent.Value.MessageId, ct);
        Assert.NotNull(error);
        Assert.Equal(nameof(FailingQueueFunction), error["FunctionName"]);
        Assert.Equal(typeof(InvalidOperationException).FullName, error["ErrorType"]);
        Assert.Equal("Cannot handle 'order-42' (attempt 3).", error["ErrorMessage"]);
        Assert.Equal(3L, error["DequeueCount"]);
        Assert.Equal(rawPoison.MessageId, error["PoisonMessageId"]);
    }
}

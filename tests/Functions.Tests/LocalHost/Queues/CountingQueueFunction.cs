using Integration.Functions.Tests.LocalHost.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Queues;

/// <summary>Succeeds and counts invocations per message id; binds a POCO to prove JSON binding.</summary>
public sealed class CountingQueueFunction(MessageProbe probe)
{
    public const string QueueSetting = "Tests:CountingQueue";

    [Function(nameof(CountingQueueFunction))]
    public Task RunAsync([QueueTrigger($"%{QueueSetting}%")] CountedItem item, string id)
    {
        ArgumentNullException.ThrowIfNull(item);
        probe.Record(id, item.Name);
        return Task.CompletedTask;
    }
}

using Integration.Functions.Tests.LocalHost.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Queues;

/// <summary>Always throws, so its messages end in the poison queue.</summary>
public sealed class FailingQueueFunction(MessageProbe probe)
{
    public const string QueueSetting = "Tests:FailingQueue";

    [Function(nameof(FailingQueueFunction))]
    public void Run([QueueTrigger($"%{QueueSetting}%")] string body, string id, long dequeueCount)
    {
        probe.Record(id, body);
        throw new InvalidOperationException($"Cannot handle '{body}' (attempt {dequeueCount}).");
    }
}

using Integration.Functions.Tests.LocalHost.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Queues;

/// <summary>Records each message, then waits for the host's <see cref="QueueGate"/> (forever, for a blocked host) honouring its token.</summary>
public sealed class BlockingQueueFunction(MessageProbe probe, QueueGate gate)
{
    public const string QueueSetting = "Tests:BlockingQueue";

    [Function(nameof(BlockingQueueFunction))]
    public async Task RunAsync([QueueTrigger($"%{QueueSetting}%")] string body, string id, CancellationToken cancellationToken)
    {
        probe.Record(id, body);
        await gate.Open.WaitAsync(cancellationToken);
    }
}

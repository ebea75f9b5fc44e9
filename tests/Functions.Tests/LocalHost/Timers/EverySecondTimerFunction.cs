using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Timers;

/// <summary>A timer function firing every second that records which host ran which second.</summary>
public sealed class EverySecondTimerFunction(TimerRuns runs, HostTag host)
{
    [Function(nameof(EverySecondTimerFunction))]
    public void Run([TimerTrigger("*/1 * * * * *")] TimerInfo timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        runs.Record(host.Name, TimeProvider.System.GetUtcNow());
    }
}

using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Invocation;

/// <summary>A timer function that runs until its token is cancelled, and reports that it saw the cancellation.</summary>
public sealed class SlowTimerFunction(CancellationSeen seen)
{
    [Function(nameof(SlowTimerFunction))]
    public async Task RunAsync([TimerTrigger("0 0 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        try
        {
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            seen.Signal.TrySetResult(timer.IsPastDue);
            throw;
        }
    }
}

using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;
using Integration.Sandbox.Salesforce.Streaming.Faults;

namespace Integration.Sandbox.Salesforce.Streaming.EventBus;

/// <summary>How fault rules change what is retained: lost, late, twice, swapped, or replaced by gap events.</summary>
internal sealed partial class ChangeEventBus
{
    private readonly List<ITimer> _timers = [];
    private readonly List<ChangeEvent> _held = [];

    private void PublishLocked(ChangeEvent change)
    {
        var rule = Faults.DecideEvent(change.EntityName);
        switch (rule?.Kind)
        {
            case StreamingFaultKind.Drop:
                return;
            case StreamingFaultKind.Delay:
                Later(rule.DelayMs, () => AppendLocked(change));
                return;
            case StreamingFaultKind.Reorder:
                _held.Add(change);
                Later(rule.DelayMs, ReleaseHeldLocked);
                return;
            case StreamingFaultKind.Gap when !change.ChangeType.StartsWith("GAP_", StringComparison.Ordinal):
                AppendLocked(change.AsGap());
                break;
            case StreamingFaultKind.Overflow:
                AppendLocked(change.AsOverflow());
                break;
            case StreamingFaultKind.Duplicate:
                AppendLocked(change, copies: 2);
                break;
            default:
                AppendLocked(change);
                break;
        }

        ReleaseHeldLocked();
    }

    private void ReleaseHeldLocked()
    {
        foreach (var change in _held)
        {
            AppendLocked(change);
        }

        _held.Clear();
    }

    private void Later(int delayMs, Action release)
    {
        if (delayMs <= 0)
        {
            release();
            return;
        }

        ITimer? timer = null;
        timer = time.CreateTimer(_ =>
        {
            lock (_gate)
            {
                if (!_timers.Remove(timer!))
                {
                    return;
                }

                release();
                Signal();
            }

            timer!.Dispose();
        }, null, TimeSpan.FromMilliseconds(delayMs), Timeout.InfiniteTimeSpan);
        _timers.Add(timer);
    }

    private void ClearHeldLocked()
    {
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        _timers.Clear();
        _held.Clear();
    }
}

namespace Integration.Functions.Tests.LocalHost.Queues;

/// <summary>Holds queue handlers until opened; an open gate lets them through at once.</summary>
public sealed class QueueGate(bool open)
{
    private readonly TaskCompletionSource _open = NewSource(open);

    public Task Open => _open.Task;

    public void Release() => _open.TrySetResult();

    private static TaskCompletionSource NewSource(bool open)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            source.SetResult();
        }

        return source;
    }
}

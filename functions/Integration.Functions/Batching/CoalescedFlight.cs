namespace Integration.Functions.Batching;

/// <summary>A running flush: its token is cancelled once every one of its submitters has been cancelled.</summary>
internal sealed class CoalescedFlight(int submitters) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private int _live = submitters;

    public CancellationToken Token => _cancellation.Token;

    public void SubmitterCancelled()
    {
        if (Interlocked.Decrement(ref _live) == 0)
        {
            try
            {
                _cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The flush already ended.
            }
        }
    }

    public void Dispose() => _cancellation.Dispose();
}

namespace Integration.Functions.Batching;

/// <summary>One invocation's item waiting in an <see cref="InvocationCoalescer{TItem, TResult}"/>.</summary>
internal sealed class CoalescedSubmission<TItem, TResult>(TItem item, int weight, long submittedAt, CancellationToken cancellationToken)
{
    private int _cancelled;

    public TItem Item { get; } = item;
    public int Weight { get; } = weight;
    public long SubmittedAt { get; } = submittedAt;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Its place in the pending list; null once taken or withdrawn (guarded by the coalescer's lock).</summary>
    public LinkedListNode<CoalescedSubmission<TItem, TResult>>? Node { get; set; }

    /// <summary>The flush holding it, once taken.</summary>
    public CoalescedFlight? Flight { get; set; }

    /// <summary>Tells the flush that this submitter was cancelled, at most once however often it is called.</summary>
    public void CancelInFlight()
    {
        if (Flight is { } flight && Interlocked.Exchange(ref _cancelled, 1) == 0)
        {
            flight.SubmitterCancelled();
        }
    }
}

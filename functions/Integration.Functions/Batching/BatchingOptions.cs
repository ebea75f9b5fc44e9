using System.ComponentModel.DataAnnotations;

namespace Integration.Functions.Batching;

/// <summary>
/// How concurrent queue invocations of one instance share their work (section <c>Sync:Batching</c>): the change
/// processor and each destination writer gather the messages in flight into one flush (<see cref="InvocationCoalescer{TItem, TResult}"/>).
/// </summary>
public sealed class BatchingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Batching";

    /// <summary>
    /// How long the oldest waiting message may wait for others before a flush starts. Default 200 ms: at 200 changes/s
    /// that gathers about 40 records per flush, which keeps each side under 0.05 API calls per record.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>At most this many change events, resyncs and parked records per processor flush. Default 1,000.</summary>
    [Range(1, 100_000)]
    public int MaxChanges { get; set; } = 1_000;

    /// <summary>At most this many write commands per writer flush (the writer still calls the vendor in chunks of its batch size). Default 1,000.</summary>
    [Range(1, 100_000)]
    public int MaxWrites { get; set; } = 1_000;

    /// <summary>
    /// Flushes of one stage (the processor, or the writer of one queue) running at once on an instance. Default 1: the
    /// next flush takes everything that arrived meanwhile (batches grow with the load), and one instance never writes
    /// the same record from two batches at once.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentFlushes { get; set; } = 1;
}

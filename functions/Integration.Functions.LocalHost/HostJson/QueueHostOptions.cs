using Azure.Storage.Queues;

namespace Integration.Functions.LocalHost.HostJson;

/// <summary>
/// host.json <c>extensions.queues</c>, with the defaults and limits of the Storage Queues extension 5.x
/// (Azure/azure-sdk-for-net, Microsoft.Azure.WebJobs.Extensions.Storage.Common, Queues/QueuesOptions.cs).
/// </summary>
public sealed class QueueHostOptions
{
    /// <summary>Azure Queues returns at most 32 messages per receive.</summary>
    public const int MaxBatchSize = 32;

    /// <summary>The smallest polling interval, also the first back-off step (extension: QueuePollingIntervals.Minimum).</summary>
    public static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    /// <summary><c>batchSize</c>: messages fetched per receive, 1 to 32; default 16.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// <c>newBatchThreshold</c>: a new batch is fetched when the in-flight count drops to this; default
    /// <c>batchSize / 2 * processorCount</c> (the extension's default; the processor count is 1 on Consumption).
    /// </summary>
    public int NewBatchThreshold { get; set; } = 16 / 2 * Environment.ProcessorCount;

    /// <summary><c>maxDequeueCount</c>: tries before a message moves to <c>&lt;queue&gt;-poison</c>; at least 1; default 5.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary><c>visibilityTimeout</c>: how long a failed message stays invisible before its retry; default zero.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    /// <summary><c>maxPollingInterval</c>: longest idle wait between polls, at least 100 ms; default one minute.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>messageEncoding</c>: <c>base64</c> (default) or <c>none</c>, for received and poison messages alike.</summary>
    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;
}

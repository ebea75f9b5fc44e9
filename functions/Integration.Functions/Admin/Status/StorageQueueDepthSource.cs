using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin.Status;

/// <summary>Lists the queues named by <see cref="AdminOptions.QueuePrefixes"/> and reads each one's approximate message count.</summary>
public sealed class StorageQueueDepthSource(QueueServiceClient queues, IOptions<AdminOptions> options) : IQueueDepthSource
{
    /// <summary>The prefixes used when <see cref="AdminOptions.QueuePrefixes"/> is empty.</summary>
    public static readonly IReadOnlyList<string> DefaultPrefixes = ["changes", "writes-"];

    /// <inheritdoc />
    public async Task<IReadOnlyList<QueueDepth>> ListAsync(CancellationToken cancellationToken)
    {
        IEnumerable<string> prefixes = options.Value.QueuePrefixes.Count > 0 ? options.Value.QueuePrefixes : DefaultPrefixes;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            await foreach (var queue in queues.GetQueuesAsync(prefix: prefix, cancellationToken: cancellationToken))
            {
                names.Add(queue.Name);
            }
        }

        var depths = new List<QueueDepth>(names.Count);
        foreach (var name in names)
        {
            try
            {
                var properties = await queues.GetQueueClient(name).GetPropertiesAsync(cancellationToken);
                depths.Add(new QueueDepth(name, properties.Value.ApproximateMessagesCount, name.EndsWith("-poison", StringComparison.Ordinal)));
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Deleted between the listing and the read: it has no depth to report.
            }
        }

        return depths;
    }
}

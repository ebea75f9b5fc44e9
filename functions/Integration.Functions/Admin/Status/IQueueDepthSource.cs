namespace Integration.Functions.Admin.Status;

/// <summary>Depths of the pipeline's queues: <c>changes</c>, <c>writes-*</c> and their <c>-poison</c> queues.</summary>
public interface IQueueDepthSource
{
    /// <summary>Every existing pipeline queue with its approximate message count, by name.</summary>
    Task<IReadOnlyList<QueueDepth>> ListAsync(CancellationToken cancellationToken);
}

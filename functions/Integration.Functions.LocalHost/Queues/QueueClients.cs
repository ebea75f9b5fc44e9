using Azure.Storage.Queues;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>The storage clients one queue listener works with.</summary>
/// <param name="Queue">The trigger queue.</param>
/// <param name="PoisonQueue"><c>&lt;queue&gt;-poison</c>, or null when the queue cannot have one (already a poison queue, or the name would exceed 63 characters).</param>
/// <param name="Errors">Where poison errors are recorded.</param>
internal sealed record QueueClients(QueueClient Queue, QueueClient? PoisonQueue, PoisonErrorStore Errors);

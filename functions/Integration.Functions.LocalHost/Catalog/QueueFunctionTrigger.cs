using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>A <see cref="QueueTriggerAttribute"/> function.</summary>
/// <param name="Queue">The declared attribute.</param>
/// <param name="QueueName">The resolved queue name.</param>
/// <param name="Connection">The resolved connection setting name (default <c>AzureWebJobsStorage</c>).</param>
public sealed record QueueFunctionTrigger(QueueTriggerAttribute Queue, string QueueName, string Connection)
    : FunctionTrigger(Queue);

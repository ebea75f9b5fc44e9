using Azure;
using Azure.Data.Tables;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>
/// Where an operator reads why a message was moved to a poison queue: one table row per message,
/// partition = source queue, row = original message id, with the function, the last error, the dequeue
/// count, the poison copy's message id and the time. (The platform only logs this; the local host keeps it.)
/// </summary>
public sealed class PoisonErrorStore(TableClient table, TimeProvider timeProvider)
{
    private bool _created;

    /// <summary>Records the last error of <paramref name="messageId"/> from <paramref name="queue"/>.</summary>
    public async Task RecordAsync(string queue, string messageId, string poisonMessageId, string function, Exception? error, long dequeueCount, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            _created = true;
        }

        var entity = new TableEntity(queue, messageId)
        {
            ["PoisonQueue"] = queue + "-poison",
            ["PoisonMessageId"] = poisonMessageId,
            ["FunctionName"] = function,
            ["ErrorType"] = error?.GetType().FullName ?? "",
            ["ErrorMessage"] = error?.Message ?? $"Dequeue count {dequeueCount} exceeded the maximum before the function ran.",
            ["DequeueCount"] = dequeueCount,
            ["MovedAt"] = timeProvider.GetUtcNow(),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The record of <paramref name="messageId"/> from <paramref name="queue"/>, or null.</summary>
    public async Task<TableEntity?> FindAsync(string queue, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            return (await table.GetEntityAsync<TableEntity>(queue, messageId, cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}

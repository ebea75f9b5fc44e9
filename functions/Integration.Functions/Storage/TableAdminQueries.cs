using Azure;
using Integration.Core.Conflicts;
using Integration.Core.Processing;
using Integration.Functions.Admin;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;

namespace Integration.Functions.Storage;

/// <summary>
/// The management API's read side over the pipeline's tables: conflicts, sync errors and dead letters, newest first.
/// Pages are the newest <see cref="PageRequest.Top"/> rows; a continuation token is never issued (the tables hold
/// recent history, and the newest rows are what an operator triages). A table not created yet (sync has not
/// started) reads as empty.
/// </summary>
public sealed class TableAdminQueries(TableConflictLog conflicts, TableSyncErrorLog errors, IDeadLetterArchive deadLetters)
    : IConflictQuery, ISyncErrorQuery, IDeadLetterAdmin
{
    /// <inheritdoc />
    public async Task<AdminPage<ConflictRecord>> ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(await OrEmpty(() => conflicts.ListAsync(mapping, page.Top, cancellationToken)), null);
    }

    /// <inheritdoc />
    async Task<AdminPage<SyncError>> ISyncErrorQuery.ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(await OrEmpty(() => errors.ListAsync(mapping, page.Top, cancellationToken)), null);
    }

    /// <inheritdoc />
    async Task<long> ISyncErrorQuery.CountAsync(CancellationToken cancellationToken) =>
        (await OrEmpty(() => errors.ListAsync(null, int.MaxValue, cancellationToken))).Count;

    /// <inheritdoc />
    public async Task<AdminPage<StoredDeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(await OrEmpty(() => deadLetters.ListAsync(null, page.Top, cancellationToken)), null);
    }

    /// <inheritdoc />
    public async Task<StoredDeadLetter?> GetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await deadLetters.GetAsync(id, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await deadLetters.DeleteAsync(id, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <inheritdoc />
    async Task<long> IDeadLetterAdmin.CountAsync(CancellationToken cancellationToken) =>
        (await OrEmpty(() => deadLetters.ListAsync(null, int.MaxValue, cancellationToken))).Count;

    private static async Task<IReadOnlyList<T>> OrEmpty<T>(Func<Task<IReadOnlyList<T>>> read)
    {
        try
        {
            return await read();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }
}

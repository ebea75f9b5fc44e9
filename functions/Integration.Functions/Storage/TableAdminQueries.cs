using Azure;
using Integration.Core.Conflicts;
using Integration.Core.Processing;
using Integration.Functions.Admin;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;

namespace Integration.Functions.Storage;

/// <summary>
/// The management API's read side over the pipeline's tables: conflicts, sync errors and dead letters, newest first
/// (within a mapping). A page is one service page of at most <see cref="PageRequest.Top"/> rows; while more rows
/// exist it carries a continuation token (<see cref="PageContinuation"/>: the table's own continuation, base64url,
/// bound to the listing and its filter), which may also lead to a short or empty page. Counts read keys only and stop
/// at the caller's limit. A table not created yet (sync has not started) reads as empty.
/// </summary>
public sealed class TableAdminQueries(TableConflictLog conflicts, TableSyncErrorLog errors, IDeadLetterArchive deadLetters)
    : IConflictQuery, ISyncErrorQuery, IDeadLetterAdmin
{
    /// <inheritdoc />
    public Task<AdminPage<ConflictRecord>> ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken) =>
        PageAsync($"conflicts?mapping={Uri.EscapeDataString(mapping ?? string.Empty)}", page, token => conflicts.ListPageAsync(mapping, page.Top, token, cancellationToken));

    /// <inheritdoc />
    Task<AdminPage<SyncError>> ISyncErrorQuery.ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken) =>
        PageAsync($"errors?mapping={Uri.EscapeDataString(mapping ?? string.Empty)}", page, token => errors.ListPageAsync(mapping, page.Top, token, cancellationToken));

    /// <inheritdoc />
    Task<long> ISyncErrorQuery.CountAsync(int limit, CancellationToken cancellationToken) =>
        OrZero(() => errors.CountAsync(limit, cancellationToken));

    /// <inheritdoc />
    public Task<AdminPage<StoredDeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        PageAsync("dead-letters", page, token => deadLetters.ListPageAsync(null, page.Top, token, cancellationToken));

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
    Task<long> IDeadLetterAdmin.CountAsync(int limit, CancellationToken cancellationToken) =>
        OrZero(() => deadLetters.CountAsync(limit, cancellationToken));

    private static async Task<AdminPage<T>> PageAsync<T>(string listing, PageRequest page, Func<string?, Task<TablePage<T>>> read)
    {
        ArgumentNullException.ThrowIfNull(page);
        var token = PageContinuation.Read(listing, page.ContinuationToken);
        try
        {
            var found = await read(token);
            return new AdminPage<T>(found.Items, PageContinuation.Issue(listing, found.ContinuationToken));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return new AdminPage<T>([], null);
        }
        catch (RequestFailedException ex) when (ex.Status == 400 && token is not null)
        {
            throw PageContinuation.Refused();
        }
    }

    private static async Task<long> OrZero(Func<Task<long>> count)
    {
        try
        {
            return await count();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }
    }
}

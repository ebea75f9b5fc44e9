using Integration.Core.Conflicts;
using Integration.Core.Processing;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Problems;
using Integration.Functions.Storage;

namespace Integration.Functions.Admin;

/// <summary>
/// The default until the storage adapters register <see cref="IConflictQuery"/>, <see cref="IDeadLetterAdmin"/> and
/// <see cref="ISyncErrorQuery"/>: every call answers 503 naming the missing registration, instead of failing
/// the function's construction.
/// </summary>
internal sealed class UnconnectedAdminStores : IConflictQuery, IDeadLetterAdmin, ISyncErrorQuery
{
    public Task<AdminPage<ConflictRecord>> ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken) =>
        throw Missing(nameof(IConflictQuery));

    public Task<AdminPage<StoredDeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        throw Missing(nameof(IDeadLetterAdmin));

    public Task<StoredDeadLetter?> GetAsync(string id, CancellationToken cancellationToken) =>
        throw Missing(nameof(IDeadLetterAdmin));

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        throw Missing(nameof(IDeadLetterAdmin));

    Task<long> IDeadLetterAdmin.CountAsync(int limit, CancellationToken cancellationToken) =>
        throw Missing(nameof(IDeadLetterAdmin));

    Task<AdminPage<SyncError>> ISyncErrorQuery.ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken) =>
        throw Missing(nameof(ISyncErrorQuery));

    Task<long> ISyncErrorQuery.CountAsync(int limit, CancellationToken cancellationToken) =>
        throw Missing(nameof(ISyncErrorQuery));

    private static AdminStoreUnavailableException Missing(string port) =>
        new($"No {port} is registered in this app: the storage adapters that read it are not connected yet.");
}

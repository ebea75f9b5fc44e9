using Integration.Core.Processing;

namespace Integration.Functions.Admin.Errors;

/// <summary>Reads the errors <see cref="ISyncErrorLog"/> recorded, for the management API.</summary>
public interface ISyncErrorQuery
{
    /// <summary>Recent errors, newest first, of one mapping or of all when <paramref name="mapping"/> is null.</summary>
    Task<AdminPage<SyncError>> ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// How many errors are recorded (the status page's count), counting at most <paramref name="limit"/>:
    /// <paramref name="limit"/> means at least that many.
    /// </summary>
    Task<long> CountAsync(int limit, CancellationToken cancellationToken);
}

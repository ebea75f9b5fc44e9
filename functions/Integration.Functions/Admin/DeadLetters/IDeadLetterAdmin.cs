using Integration.Core.Writing;
using Integration.Functions.Storage;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>Reads and removes what <see cref="IDeadLetterStore"/> kept, for the management API.</summary>
public interface IDeadLetterAdmin
{
    /// <summary>Dead letters, newest first.</summary>
    Task<AdminPage<StoredDeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>The dead letter <paramref name="id"/>, or null when there is none.</summary>
    Task<StoredDeadLetter?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes the dead letter <paramref name="id"/>; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// How many dead letters are kept (the status page's count), counting at most <paramref name="limit"/>:
    /// <paramref name="limit"/> means at least that many.
    /// </summary>
    Task<long> CountAsync(int limit, CancellationToken cancellationToken);
}

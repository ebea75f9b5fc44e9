using Integration.Core.Conflicts;

namespace Integration.Functions.Admin.Conflicts;

/// <summary>Reads the conflicts <see cref="IConflictLog"/> recorded, for the management API.</summary>
public interface IConflictQuery
{
    /// <summary>Recent conflicts, newest first, of one mapping or of all when <paramref name="mapping"/> is null.</summary>
    Task<AdminPage<ConflictRecord>> ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken);
}

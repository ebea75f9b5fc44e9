using Integration.Core.Conflicts;
using Integration.Functions.Admin;
using Integration.Functions.Admin.Conflicts;

namespace Integration.Functions.Tests.Admin;

/// <summary>An in-memory <see cref="IConflictQuery"/> that also keeps the last request it served.</summary>
internal sealed class FakeConflictQuery(params ConflictRecord[] conflicts) : IConflictQuery
{
    public (string? Mapping, PageRequest Page)? LastRequest { get; private set; }

    public Task<AdminPage<ConflictRecord>> ListAsync(string? mapping, PageRequest page, CancellationToken cancellationToken)
    {
        LastRequest = (mapping, page);
        var items = conflicts.Where(c => mapping is null || c.Mapping == mapping).OrderByDescending(c => c.DecidedAt).Take(page.Top).ToList();
        return Task.FromResult(new AdminPage<ConflictRecord>(items, null));
    }
}

using System.Collections.Concurrent;
using Integration.Functions.Admin;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Storage;

namespace Integration.Functions.Tests.Admin;

/// <summary>An in-memory <see cref="IDeadLetterAdmin"/>.</summary>
internal sealed class FakeDeadLetterAdmin(params StoredDeadLetter[] letters) : IDeadLetterAdmin
{
    private readonly ConcurrentDictionary<string, StoredDeadLetter> _letters = new(letters.ToDictionary(l => l.Id));

    public bool Contains(string id) => _letters.ContainsKey(id);

    public Task<AdminPage<StoredDeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(new AdminPage<StoredDeadLetter>(_letters.Values.OrderByDescending(l => l.Letter.FailedAt).Take(page.Top).ToList(), null));

    public Task<StoredDeadLetter?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_letters.TryGetValue(id, out var letter) ? letter : null);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_letters.TryRemove(id, out _));

    public Task<long> CountAsync(int limit, CancellationToken cancellationToken) => Task.FromResult(Math.Min((long)_letters.Count, limit));
}

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>An org's open query cursors. Since API 56.0 there is no cursor-count limit; a cursor lives 2 days.</summary>
internal sealed class QueryCursorStore(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly ConcurrentDictionary<string, QueryCursor> _cursors = new(StringComparer.Ordinal);
    private long _sequence;

    public QueryCursor Open(int totalSize, Func<int, int, JsonArray> page)
    {
        var locator = RecordId.Create("0r8", "Qc", Interlocked.Increment(ref _sequence));
        var cursor = new QueryCursor(locator, totalSize, page, time.GetUtcNow() + Lifetime);
        _cursors[locator] = cursor;
        return cursor;
    }

    public QueryCursor? Find(string locator)
    {
        if (!_cursors.TryGetValue(locator, out var cursor))
        {
            return null;
        }

        if (time.GetUtcNow() >= cursor.ExpiresAt)
        {
            _cursors.TryRemove(locator, out _);
            return null;
        }

        return cursor;
    }

    /// <summary>Drops a cursor once its last page was served.</summary>
    public void Close(string locator) => _cursors.TryRemove(locator, out _);

    public void Clear() => _cursors.Clear();
}

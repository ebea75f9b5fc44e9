using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>
/// An org's open query cursors. A cursor lives 2 days (API 56.0+); pages may be re-read while it lives, so a
/// retried request still works. To bound memory the sandbox keeps the newest <see cref="MaxOpen"/> per org.
/// </summary>
internal sealed class QueryCursorStore(TimeProvider time)
{
    public const int MaxOpen = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, QueryCursor> _cursors = new(StringComparer.Ordinal);
    private readonly Queue<string> _opened = new();
    private long _sequence;

    public QueryCursor Open(int totalSize, int batchSize, Func<int, int, JsonArray> page)
    {
        lock (_gate)
        {
            var locator = RecordId.Create("0r8", "Qc", ++_sequence);
            var cursor = new QueryCursor(locator, totalSize, batchSize, page, time.GetUtcNow() + Lifetime);
            _cursors[locator] = cursor;
            _opened.Enqueue(locator);
            while (_opened.Count > MaxOpen)
            {
                _cursors.Remove(_opened.Dequeue());
            }

            return cursor;
        }
    }

    public QueryCursor? Find(string locator)
    {
        lock (_gate)
        {
            return _cursors.TryGetValue(locator, out var cursor) && time.GetUtcNow() < cursor.ExpiresAt ? cursor : null;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _cursors.Clear();
            _opened.Clear();
        }
    }
}

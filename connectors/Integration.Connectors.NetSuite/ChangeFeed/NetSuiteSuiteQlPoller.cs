using System.Runtime.CompilerServices;
using Integration.Connectors.NetSuite.Diagnostics;
using Integration.Connectors.NetSuite.Query;
using Integration.Core.ChangeFeed;
using Integration.Core.Changes;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// The SuiteQL change feed of one record type: each read is one poll of <c>lastmodifieddate</c> and of
/// <c>DeletedRecord</c> up to a settled horizon (now minus the settle delay, whole seconds), re-reading
/// the overlap window before the cursor and de-duplicating by (id, stamp). Each batch carries the
/// <see cref="SuiteQlCursor"/> after it; the caller commits it. A read from no position starts at the
/// current horizon (so it yields changes of the last overlap window, then everything after).
/// </summary>
internal sealed class NetSuiteSuiteQlPoller(
    string connection,
    string system,
    string objectName,
    SuiteQlLaneReader lanes,
    TimeSpan settleDelay,
    TimeProvider timeProvider,
    ILogger logger) : IChangeFeed
{
    public string Stream => $"netsuite:{connection}:suiteql:{objectName}";

    public async IAsyncEnumerable<ChangeFeedBatch> ReadAsync(StreamPosition? from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var horizon = SuiteQlDateTimes.FloorToSecond(timeProvider.GetUtcNow() - settleDelay);
        var cursor = from is null
            ? new SuiteQlCursor(new SuiteQlWatermark(horizon, []), new SuiteQlWatermark(horizon, []))
            : SuiteQlCursor.Decode(Own(from).Value);
        var type = NetSuiteRecordType.For(objectName);
        int changes = 0, deletes = 0;

        var modified = new SuiteQlLane(type.Table, "id", "lastmodifieddate", type.TypeFilter);
        await foreach (var page in lanes.ReadAsync(modified, cursor.Modified, horizon, cancellationToken))
        {
            cursor = cursor with { Modified = page.After };
            changes += page.Rows.Count;
            if (page.Rows.Count > 0)
            {
                yield return Batch(page.Rows, ChangeKind.Update, cursor);
            }
        }

        var deleted = new SuiteQlLane("deletedrecord", "recordid", "deleteddate", $"type = {SuiteQlText.StringLiteral(type.DeletedType)}");
        await foreach (var page in lanes.ReadAsync(deleted, cursor.Deleted, horizon, cancellationToken))
        {
            cursor = cursor with { Deleted = page.After };
            deletes += page.Rows.Count;
            if (page.Rows.Count > 0)
            {
                yield return Batch(page.Rows, ChangeKind.Delete, cursor);
            }
        }

        NetSuiteLog.PollCompleted(logger, Stream, changes, deletes, horizon);
        yield return Batch([], ChangeKind.Update, cursor);
    }

    private StreamPosition Own(StreamPosition position) =>
        position.Stream == Stream
            ? position
            : throw new ArgumentException($"Position {position} belongs to another stream than {Stream}.", nameof(position));

    private ChangeFeedBatch Batch(IReadOnlyList<SuiteQlLaneRow> rows, ChangeKind kind, SuiteQlCursor cursor)
    {
        var position = new StreamPosition(Stream, cursor.Encode());
        var prefix = kind == ChangeKind.Delete ? "suiteql-delete" : "suiteql";
        var events = rows
            .Select(row => new ChangeEvent(
                system, objectName, [row.Id], kind, row.Stamp, position, $"{prefix}:{connection}:{objectName}:{SuiteQlWatermark.Key(row.Id, row.Stamp)}"))
            .ToList();
        return new ChangeFeedBatch(events, [], position);
    }
}

using System.Runtime.CompilerServices;
using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Query;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// Reads one lane between <c>Through - overlap</c> (inclusive) and the settled horizon (exclusive), ordered
/// by (stamp, id), skipping rows whose (id, stamp) was already yielded.
/// </summary>
internal sealed class SuiteQlLaneReader(INetSuiteQueryApi api, SuiteQlDateTimes dateTimes, TimeSpan overlap, int maxKeys)
{
    public async IAsyncEnumerable<SuiteQlLanePage> ReadAsync(
        SuiteQlLane lane, SuiteQlWatermark from, DateTimeOffset horizon, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = $"SELECT {lane.IdColumn} AS id, {SuiteQlDateTimes.ToChar(lane.StampColumn)} AS stamp FROM {lane.Table}"
            + SuiteQlText.Where(
                lane.Filter,
                $"{lane.StampColumn} >= {dateTimes.LowerBound(from.Through - overlap)}",
                $"{lane.StampColumn} < {dateTimes.UpperBound(horizon)}")
            + $" ORDER BY {lane.StampColumn}, {lane.IdColumn}";

        var seen = new HashSet<string>(from.Seen, StringComparer.Ordinal);
        var through = from.Through;
        var complete = false;
        await foreach (var page in new SuiteQlPager(api).PagesAsync(query, SuiteQlPager.MaxPageSize, cancellationToken))
        {
            var fresh = new List<SuiteQlLaneRow>();
            foreach (var item in page.Items)
            {
                var row = new SuiteQlLaneRow(SuiteQlRow.RequiredText(item, "id"), dateTimes.Parse(SuiteQlRow.RequiredText(item, "stamp")));
                through = row.Stamp > through ? row.Stamp : through;
                if (seen.Add(SuiteQlWatermark.Key(row.Id, row.Stamp)))
                {
                    fresh.Add(row);
                }
            }

            complete = !page.HasMore;
            if (fresh.Count > 0)
            {
                yield return new SuiteQlLanePage(fresh, Mark(through, seen));
            }
        }

        // Only a read that reached the end may move past the last stamp it saw: every row before the horizon was read.
        if (complete && horizon > through)
        {
            through = horizon;
        }

        yield return new SuiteQlLanePage([], Mark(through, seen));
    }

    private SuiteQlWatermark Mark(DateTimeOffset through, IEnumerable<string> seen) =>
        SuiteQlWatermark.Create(through, seen, dateTimes.LowerBoundInstant(through - overlap), maxKeys);
}

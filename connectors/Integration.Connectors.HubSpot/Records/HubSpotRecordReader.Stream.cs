using System.Globalization;
using System.Runtime.CompilerServices;
using Integration.Connectors.HubSpot.Search;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// Streaming every record past search's 10,000-result cap: results sorted by <c>hs_object_id</c>
/// ascending, paged with <c>after</c> inside a window of at most
/// <see cref="HubSpotConnectionOptions.SearchWindowSize"/> results, and each new window filtered on
/// <c>hs_object_id &gt; last id seen</c>. Ids only grow, so a record is yielded at most once (an id
/// not above the last one yielded is skipped) and none below the anchor is missed.
/// Archived records (search never returns them) come from the list endpoint with <c>archived=true</c>.
/// </summary>
internal sealed partial class HubSpotRecordReader
{
    public async IAsyncEnumerable<SourceRecord> StreamAsync(
        string objectName,
        IReadOnlyCollection<string> fields,
        RecordStreamOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var properties = WithSystemProperties(objectName, fields);
        var baseFilters = BaseFilters(objectName, options);
        long? lastId = null;
        var windowYielded = true;
        while (windowYielded)
        {
            windowYielded = false;
            var filters = lastId is { } anchor
                ? [.. baseFilters, new SearchFilter(HubSpotModificationProperty.ObjectId, "GT", anchor.ToString(CultureInfo.InvariantCulture))]
                : baseFilters;
            string? after = null;
            while (true)
            {
                // An empty filter group is not something HubSpot documents; send no group instead.
                var request = new SearchRequest(
                    filters.Count == 0 ? [] : [new SearchFilterGroup(filters)],
                    [new SearchSort(HubSpotModificationProperty.ObjectId, "ASCENDING")],
                    properties,
                    settings.SearchPageSize,
                    after);
                var page = await clients.Search.SearchAsync(objectName, request, WriteLane.Bulk, cancellationToken);
                foreach (var item in page.Results)
                {
                    var id = long.Parse(item.Id, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    if (lastId is { } last && id <= last)
                    {
                        continue;
                    }

                    lastId = id;
                    windowYielded = true;
                    yield return HubSpotPropertyValues.ToRecord(objectName, item);
                }

                var next = page.Paging?.Next?.After;
                if (next is null || page.Results.Count == 0)
                {
                    windowYielded = false;
                    break;
                }

                if (int.Parse(next, NumberStyles.Integer, CultureInfo.InvariantCulture) + settings.SearchPageSize > settings.SearchWindowSize)
                {
                    break;
                }

                after = next;
            }
        }

        if (options.IncludeDeleted)
        {
            await foreach (var archived in StreamArchivedAsync(objectName, properties, options.ModifiedSince, cancellationToken))
            {
                yield return archived;
            }
        }
    }

    private static List<SearchFilter> BaseFilters(string objectName, RecordStreamOptions options)
    {
        var filters = new List<SearchFilter>(HubSpotStreamFilter.Parse(options.Filter));
        if (options.ModifiedSince is { } since)
        {
            filters.Add(new SearchFilter(
                HubSpotModificationProperty.For(objectName),
                "GTE",
                since.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        }

        return filters;
    }

    private async IAsyncEnumerable<SourceRecord> StreamArchivedAsync(
        string objectName,
        List<string> properties,
        DateTimeOffset? modifiedSince,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await clients.Objects.ListAsync(objectName, ListLimit, after, properties, archived: true, WriteLane.Bulk, cancellationToken);
            foreach (var item in page.Results)
            {
                if (modifiedSince is { } since && (item.ArchivedAt ?? item.UpdatedAt) < since)
                {
                    continue;
                }

                yield return HubSpotPropertyValues.ToRecord(objectName, item with { Archived = true });
            }

            after = page.Paging?.Next?.After;
        }
        while (after is not null);
    }
}

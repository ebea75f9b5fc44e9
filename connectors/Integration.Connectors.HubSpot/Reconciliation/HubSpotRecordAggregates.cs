using System.Globalization;
using Integration.Connectors.HubSpot.Records;
using Integration.Connectors.HubSpot.Search;
using Integration.Core.Reconciliation;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Reconciliation;

/// <summary>
/// Counts and column aggregates for HubSpot. The count is search's <c>total</c> (one request,
/// archived records excluded). HubSpot has no aggregate API, so sums, minimums and maximums are
/// computed by streaming every matching record (the bulk lane, 200 per request); the count
/// returned with them is the number streamed, so it always agrees with them.
/// </summary>
internal sealed class HubSpotRecordAggregates(IHubSpotSearchApi search, IRecordReader reader) : IRecordAggregates
{
    public async Task<long> CountAsync(string objectName, string? filter, CancellationToken cancellationToken)
    {
        var filters = HubSpotStreamFilter.Parse(filter);
        var request = new SearchRequest(
            filters.Count == 0 ? [] : [new SearchFilterGroup(filters)],
            [],
            [HubSpotModificationProperty.ObjectId],
            1);
        var page = await search.SearchAsync(objectName, request, WriteLane.Bulk, cancellationToken);
        return page.Total;
    }

    public async Task<ColumnAggregates> AggregateAsync(string objectName, AggregateRequest request, CancellationToken cancellationToken)
    {
        var sums = request.SumFields.ToDictionary(field => field, _ => (decimal?)null, StringComparer.Ordinal);
        var minimums = request.MinMaxFields.ToDictionary(field => field, _ => (DateTimeOffset?)null, StringComparer.Ordinal);
        var maximums = request.MinMaxFields.ToDictionary(field => field, _ => (DateTimeOffset?)null, StringComparer.Ordinal);
        var fields = request.SumFields.Concat(request.MinMaxFields).Distinct(StringComparer.Ordinal).ToList();
        long count = 0;
        await foreach (var record in reader.StreamAsync(objectName, fields, new RecordStreamOptions(Filter: request.Filter), cancellationToken))
        {
            count++;
            foreach (var field in request.SumFields)
            {
                if (Text(record, field) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    sums[field] = (sums[field] ?? 0m) + value;
                }
            }

            foreach (var field in request.MinMaxFields)
            {
                if (HubSpotPropertyValues.ParseInstant(Text(record, field)) is { } instant)
                {
                    minimums[field] = minimums[field] is { } min && min <= instant ? min : instant;
                    maximums[field] = maximums[field] is { } max && max >= instant ? max : instant;
                }
            }
        }

        return new ColumnAggregates(count, sums, minimums, maximums);
    }

    private static string? Text(SourceRecord record, string field) =>
        record.Fields.TryGetValue(field, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
}

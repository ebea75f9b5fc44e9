using System.Globalization;
using System.Text.Json;
using Integration.Connectors.Salesforce.Records;
using Integration.Connectors.Salesforce.Soql;
using Integration.Core.Reconciliation;

namespace Integration.Connectors.Salesforce.Reconciliation;

/// <summary>
/// Counts and column aggregates computed by Salesforce: <c>SELECT COUNT() FROM X</c> (the answer is
/// <c>totalSize</c>), and one aliased aggregate query (<c>COUNT(Id) recordCount, SUM(F) sum0, MIN(D) min0,
/// MAX(D) max0</c>) whose single <c>AggregateResult</c> row holds the values.
/// </summary>
internal sealed class SalesforceRecordAggregates(SalesforceQueryPager pager) : IRecordAggregates
{
    public async Task<long> CountAsync(string objectName, string? filter, CancellationToken cancellationToken)
    {
        var page = await pager.FirstPageAsync(CountSoql(objectName, filter), cancellationToken);
        return page.TotalSize;
    }

    public async Task<ColumnAggregates> AggregateAsync(string objectName, AggregateRequest request, CancellationToken cancellationToken)
    {
        if (request.SumFields.Count == 0 && request.MinMaxFields.Count == 0)
        {
            var count = await CountAsync(objectName, request.Filter, cancellationToken);
            return new ColumnAggregates(count, new Dictionary<string, decimal?>(), new Dictionary<string, DateTimeOffset?>(), new Dictionary<string, DateTimeOffset?>());
        }

        var page = await pager.FirstPageAsync(AggregateSoql(objectName, request), cancellationToken);
        var row = page.Records.Count > 0 ? page.Records[0] : default;
        var sums = new Dictionary<string, decimal?>(StringComparer.OrdinalIgnoreCase);
        var minimums = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        var maximums = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < request.SumFields.Count; i++)
        {
            sums[request.SumFields[i]] = Value(row, Alias("sum", i)) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;
        }

        for (var i = 0; i < request.MinMaxFields.Count; i++)
        {
            minimums[request.MinMaxFields[i]] = Instant(Value(row, Alias("min", i)));
            maximums[request.MinMaxFields[i]] = Instant(Value(row, Alias("max", i)));
        }

        var total = Value(row, "recordCount") is { ValueKind: JsonValueKind.Number } c ? c.GetInt64() : 0;
        return new ColumnAggregates(total, sums, minimums, maximums);
    }

    internal static string CountSoql(string objectName, string? filter) =>
        $"SELECT COUNT() FROM {SoqlName.Require(objectName, "object")}{Where(filter)}";

    internal static string AggregateSoql(string objectName, AggregateRequest request)
    {
        var columns = new List<string> { "COUNT(Id) recordCount" };
        columns.AddRange(request.SumFields.Select((f, i) => $"SUM({SoqlName.Require(f, "field")}) {Alias("sum", i)}"));
        columns.AddRange(request.MinMaxFields.Select((f, i) => $"MIN({SoqlName.Require(f, "field")}) {Alias("min", i)}"));
        columns.AddRange(request.MinMaxFields.Select((f, i) => $"MAX({f}) {Alias("max", i)}"));
        return $"SELECT {string.Join(", ", columns)} FROM {SoqlName.Require(objectName, "object")}{Where(request.Filter)}";
    }

    private static string Alias(string kind, int index) => kind + index.ToString(CultureInfo.InvariantCulture);

    private static string Where(string? filter) => string.IsNullOrWhiteSpace(filter) ? "" : " WHERE " + filter;

    private static JsonElement? Value(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value) ? value : null;

    private static DateTimeOffset? Instant(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text && SalesforceDateTime.TryParse(text.GetString(), out var instant) ? instant : null;
}

using System.Globalization;
using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Query;
using Integration.Core.Reconciliation;

namespace Integration.Connectors.NetSuite.Reconciliation;

/// <summary>Counts and column aggregates computed by NetSuite with one SuiteQL query (COUNT, SUM, MIN, MAX).</summary>
internal sealed class NetSuiteRecordAggregates(INetSuiteQueryApi api, SuiteQlDateTimes dateTimes) : IRecordAggregates
{
    public async Task<long> CountAsync(string objectName, string? filter, CancellationToken cancellationToken)
    {
        var result = await AggregateAsync(objectName, new AggregateRequest([], [], filter), cancellationToken);
        return result.Count;
    }

    public async Task<ColumnAggregates> AggregateAsync(string objectName, AggregateRequest request, CancellationToken cancellationToken)
    {
        var type = NetSuiteRecordType.For(objectName);
        var columns = new List<string> { "COUNT(*) AS row_count" };
        columns.AddRange(request.SumFields.Select((field, i) => $"SUM({SuiteQlText.Identifier(field)}) AS sum_{i}"));
        columns.AddRange(request.MinMaxFields.Select((field, i) => $"{SuiteQlDateTimes.ToChar($"MIN({SuiteQlText.Identifier(field)})")} AS min_{i}"));
        columns.AddRange(request.MinMaxFields.Select((field, i) => $"{SuiteQlDateTimes.ToChar($"MAX({SuiteQlText.Identifier(field)})")} AS max_{i}"));
        var query = $"SELECT {string.Join(", ", columns)} FROM {type.Table}" + SuiteQlText.Where(type.TypeFilter, request.Filter);

        var page = await new SuiteQlPager(api).PageAsync(query, 1, 0, cancellationToken);
        var row = page.Items.Count > 0 ? page.Items[0] : [];
        return new ColumnAggregates(
            (long)(SuiteQlRow.Decimal(row, "row_count") ?? 0),
            request.SumFields.Select((field, i) => (field, SuiteQlRow.Decimal(row, Column("sum", i)))).ToDictionary(p => p.field, p => p.Item2),
            request.MinMaxFields.Select((field, i) => (field, Instant(row, Column("min", i)))).ToDictionary(p => p.field, p => p.Item2),
            request.MinMaxFields.Select((field, i) => (field, Instant(row, Column("max", i)))).ToDictionary(p => p.field, p => p.Item2));
    }

    private static string Column(string prefix, int index) => prefix + "_" + index.ToString(CultureInfo.InvariantCulture);

    private DateTimeOffset? Instant(IReadOnlyDictionary<string, System.Text.Json.JsonElement> row, string column) =>
        SuiteQlRow.Text(row, column) is { Length: > 0 } stamp ? dateTimes.Parse(stamp) : null;
}

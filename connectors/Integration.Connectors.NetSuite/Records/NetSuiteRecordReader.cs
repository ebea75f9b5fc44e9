using System.Runtime.CompilerServices;
using System.Text.Json;
using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Query;
using Integration.Core.Records;

namespace Integration.Connectors.NetSuite.Records;

/// <summary>
/// Reads NetSuite records through SuiteQL: by ids with <c>WHERE id IN (…)</c> in chunks, and in full by
/// id keyset (<c>WHERE id &gt; last ORDER BY id</c>), which the 100,000-row offset cap does not reach.
/// </summary>
internal sealed class NetSuiteRecordReader(INetSuiteQueryApi api, SuiteQlDateTimes dateTimes) : IRecordReader
{
    public const int IdsPerQuery = 500;
    private const string StampColumn = "lastmodifieddate";
    private static readonly JsonElement Null = JsonSerializer.SerializeToElement<object?>(null);

    public async Task<IReadOnlyList<SourceRecord>> ReadByIdsAsync(
        string objectName, IReadOnlyCollection<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var type = NetSuiteRecordType.For(objectName);
        var records = new List<SourceRecord>(ids.Count);
        var pager = new SuiteQlPager(api);
        foreach (var chunk in ids.Where(SuiteQlText.IsInternalId).Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var query = Select(type, fields) + SuiteQlText.Where(type.TypeFilter, $"id IN ({string.Join(", ", chunk)})") + " ORDER BY id";
            foreach (var row in await pager.AllAsync(query, cancellationToken))
            {
                records.Add(ToRecord(objectName, row, fields));
            }
        }

        return records;
    }

    public async IAsyncEnumerable<SourceRecord> StreamAsync(
        string objectName, IReadOnlyCollection<string> fields, RecordStreamOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Deleted records are absent from SuiteQL tables; deletions come from the change feed (DeletedRecord).
        var type = NetSuiteRecordType.For(objectName);
        var since = options.ModifiedSince is { } instant ? $"{StampColumn} >= {dateTimes.LowerBound(instant)}" : null;
        string? lastId = null;
        while (true)
        {
            var keyset = lastId is null ? null : $"id > {lastId}";
            var query = Select(type, fields) + SuiteQlText.Where(type.TypeFilter, since, options.Filter, keyset) + " ORDER BY id";
            var page = await new SuiteQlPager(api).PageAsync(query, SuiteQlPager.MaxPageSize, 0, cancellationToken);
            foreach (var row in page.Items)
            {
                var record = ToRecord(objectName, row, fields);
                lastId = record.Id;
                yield return record;
            }

            if (!page.HasMore || page.Items.Count == 0)
            {
                yield break;
            }
        }
    }

    private static string Select(NetSuiteRecordType type, IReadOnlyCollection<string> fields)
    {
        var columns = fields
            .Select(SuiteQlText.Identifier)
            .Where(column => column is not ("id" or StampColumn))
            .Distinct(StringComparer.Ordinal)
            .Prepend("id")
            .Append($"{SuiteQlDateTimes.ToChar(StampColumn)} AS {StampColumn}");
        return $"SELECT {string.Join(", ", columns)} FROM {type.Table}";
    }

    private SourceRecord ToRecord(string objectName, Dictionary<string, JsonElement> row, IReadOnlyCollection<string> fields)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            values[field] = row.TryGetValue(field.ToLowerInvariant(), out var value) ? value.Clone() : Null;
        }

        var stamp = SuiteQlRow.Text(row, StampColumn);
        var version = new RecordVersion(stamp is null ? DateTimeOffset.MinValue : dateTimes.Parse(stamp));
        return new SourceRecord(objectName, SuiteQlRow.RequiredText(row, "id"), values, version);
    }
}

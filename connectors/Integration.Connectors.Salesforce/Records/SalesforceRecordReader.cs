using System.Runtime.CompilerServices;
using Integration.Connectors.Salesforce.Soql;
using Integration.Core.Records;

namespace Integration.Connectors.Salesforce.Records;

/// <summary>Reads records through SOQL: by ids in URL-length-bounded <c>IN</c> batches, or every record of an object page by page.</summary>
internal sealed class SalesforceRecordReader(SalesforceQueryPager pager, int maxQueryUrlLength) : IRecordReader
{
    /// <summary>Room left in the URL for scheme, instance host and <c>/services/data/vNN.N/query?q=</c>.</summary>
    internal const int ReservedUrlPrefix = 256;

    public async Task<IReadOnlyList<SourceRecord>> ReadByIdsAsync(
        string objectName,
        IReadOnlyCollection<string> ids,
        IReadOnlyCollection<string> fields,
        CancellationToken cancellationToken)
    {
        SoqlName.Require(objectName, "object");
        var prefix = $"SELECT {SoqlFieldList.For(fields, includeDeleted: false)} FROM {objectName} WHERE Id IN (";
        var records = new List<SourceRecord>(ids.Count);
        var distinct = ids.Distinct(StringComparer.Ordinal);
        foreach (var soql in SoqlIdBatches.Build(prefix, distinct, ")", maxQueryUrlLength - ReservedUrlPrefix))
        {
            await foreach (var page in pager.PagesAsync(soql, includeDeleted: false, cancellationToken))
            {
                records.AddRange(page.Records.Select(row => SalesforceRecordMapping.ToSourceRecord(objectName, row)));
            }
        }

        return records;
    }

    public async IAsyncEnumerable<SourceRecord> StreamAsync(
        string objectName,
        IReadOnlyCollection<string> fields,
        RecordStreamOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SoqlName.Require(objectName, "object");
        var conditions = new List<string>();
        if (options.ModifiedSince is { } since)
        {
            conditions.Add("SystemModstamp >= " + SoqlLiteral.DateTime(since));
        }

        if (!string.IsNullOrWhiteSpace(options.Filter))
        {
            conditions.Add("(" + options.Filter + ")");
        }

        var soql = $"SELECT {SoqlFieldList.For(fields, options.IncludeDeleted)} FROM {objectName}"
            + (conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "");
        await foreach (var page in pager.PagesAsync(soql, options.IncludeDeleted, cancellationToken))
        {
            foreach (var row in page.Records)
            {
                yield return SalesforceRecordMapping.ToSourceRecord(objectName, row);
            }
        }
    }
}

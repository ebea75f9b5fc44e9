using System.Net;
using System.Threading.RateLimiting;
using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Errors;
using Integration.Connectors.NetSuite.Query;
using Integration.Core.Records;
using Polly.Timeout;

namespace Integration.Connectors.NetSuite.Records;

/// <summary>
/// Writes NetSuite records one request each (REST has no batch endpoint): upserts with
/// <c>PUT /record/v1/{type}/eid:{externalId}</c>, updates by internal id under <see cref="RecordIdKey.Field"/>, up to the account's concurrency limit at a time.
/// <see cref="WriteLane.Bulk"/> writes also hold a permit of the account's bulk lane, which leaves live
/// writes at least one permit of the account's limit.
/// </summary>
internal sealed partial class NetSuiteRecordWriter(INetSuiteRecordApi records, INetSuiteQueryApi query, int parallelism, ConcurrencyLimiter bulkLane) : IRecordWriter
{
    /// <summary>Records per call; each is its own request, sent up to the concurrency limit at a time.</summary>
    public int MaxBatchSize => 100;

    public async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName, string externalIdField, IReadOnlyList<RecordUpsert> upserts, WriteLane lane, CancellationToken cancellationToken)
    {
        if (externalIdField == RecordIdKey.Field)
        {
            return await UpdateByIdAsync(objectName, upserts, lane, cancellationToken);
        }

        if (!string.Equals(externalIdField, "externalId", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"NetSuite upserts by the record's externalId ('eid:'), not by '{externalIdField}'.", nameof(externalIdField));
        }

        var type = NetSuiteRecordType.For(objectName);
        var results = new RecordWriteResult[upserts.Count];
        await ForEachAsync(upserts.Count, lane, async (index, token) =>
        {
            var upsert = upserts[index];
            results[index] = await WriteAsync(upsert.ExternalId, async () =>
            {
                using var response = await NetSuiteCall.RunAsync(() => records.UpsertByExternalIdAsync(type.RestType, upsert.ExternalId, upsert.Fields, token));
                return new RecordWriteResult(upsert.ExternalId, IdFromLocation(response), Created: false, Failure: null);
            });
        }, cancellationToken);

        return await FillMissingIdsAsync(type, results, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(string objectName, IReadOnlyList<string> ids, WriteLane lane, CancellationToken cancellationToken)
    {
        var type = NetSuiteRecordType.For(objectName);
        var results = new RecordWriteResult[ids.Count];
        await ForEachAsync(ids.Count, lane, async (index, token) =>
        {
            var id = ids[index];
            results[index] = await WriteAsync(id, async () =>
            {
                try
                {
                    using var response = await NetSuiteCall.RunAsync(() => records.DeleteAsync(type.RestType, id, token));
                }
                catch (NetSuiteApiException error) when (error.Status == HttpStatusCode.NotFound)
                {
                    // Deleting a record that is already gone succeeds.
                }

                return new RecordWriteResult(id, id, Created: false, Failure: null);
            });
        }, cancellationToken);

        return results;
    }

    private Task ForEachAsync(int count, WriteLane lane, Func<int, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                if (lane != WriteLane.Bulk)
                {
                    await body(index, token);
                    return;
                }

                using var permit = await bulkLane.AcquireAsync(1, token);
                await body(index, token);
            });

    private static async Task<RecordWriteResult> WriteAsync(string key, Func<Task<RecordWriteResult>> write)
    {
        try
        {
            return await write();
        }
        catch (NetSuiteApiException error)
        {
            var code = error.ErrorCode ?? $"HTTP_{(int)error.Status}";
            return Failed(key, code, error.Detail ?? error.Message, error.IsTransient, error.ErrorPath is { } path ? [path] : []);
        }
        catch (HttpRequestException error)
        {
            return Failed(key, "TRANSPORT", error.Message, retryable: true, []);
        }
        catch (TimeoutRejectedException error)
        {
            return Failed(key, "TIMEOUT", error.Message, retryable: true, []);
        }
    }

    private static RecordWriteResult Failed(string key, string code, string message, bool retryable, IReadOnlyList<string> fields) =>
        new(key, null, Created: false, new WriteFailure(code, message, retryable, fields));

    /// <summary>The record id is the last path segment of <c>Location</c>.</summary>
    private static string? IdFromLocation(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).TrimEnd('/').Split('/')[^1]
            : null;

    /// <summary>When an upsert answered without <c>Location</c>, one SuiteQL query by external id finds the ids.</summary>
    private async Task<IReadOnlyList<RecordWriteResult>> FillMissingIdsAsync(NetSuiteRecordType type, RecordWriteResult[] results, CancellationToken cancellationToken)
    {
        var missing = results.Where(result => result.Succeeded && result.Id is null).Select(result => result.Key).Distinct().ToList();
        if (missing.Count == 0)
        {
            return results;
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var pager = new SuiteQlPager(query);
        foreach (var chunk in missing.Chunk(NetSuiteRecordReader.IdsPerQuery))
        {
            var text = $"SELECT id, externalid FROM {type.Table}"
                + SuiteQlText.Where(type.TypeFilter, $"externalid IN ({string.Join(", ", chunk.Select(SuiteQlText.StringLiteral))})");
            foreach (var row in await pager.AllAsync(text, cancellationToken))
            {
                ids[SuiteQlRow.RequiredText(row, "externalid")] = SuiteQlRow.RequiredText(row, "id");
            }
        }

        return [.. results.Select(result => result.Succeeded && result.Id is null && ids.TryGetValue(result.Key, out var id) ? result with { Id = id } : result)];
    }
}

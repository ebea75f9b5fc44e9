using Integration.Connectors.HubSpot.Batch;
using Integration.Connectors.HubSpot.Errors;
using Integration.Connectors.HubSpot.Objects;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// Matches a batch upsert's or update's answer (200 or 207) to its inputs, in input order: results by the
/// unique property's value (or the record id), errors by the <c>objectWriteTraceId</c> or <c>ids</c> in their context.
/// An input HubSpot says nothing about is a retryable failure, never a silent success.
/// </summary>
internal static class HubSpotBatchOutcome
{
    public static IEnumerable<RecordWriteResult> Match(IReadOnlyList<string> keys, string externalIdField, BatchResponse response) =>
        Match(keys, item => item.Properties.GetValueOrDefault(externalIdField), response);

    /// <summary>Matches the results of a batch keyed by record id (<c>batch/update</c>): results by their <c>id</c>.</summary>
    public static IEnumerable<RecordWriteResult> MatchById(IReadOnlyList<string> ids, BatchResponse response) =>
        Match(ids, item => item.Id, response).Select(result => result.Succeeded ? result with { Id = result.Key, Created = false } : result);

    private static IEnumerable<RecordWriteResult> Match(IReadOnlyList<string> keys, Func<HubSpotObject, string?> keyOf, BatchResponse response)
    {
        var succeeded = new Dictionary<string, (string Id, bool Created)>(StringComparer.Ordinal);
        foreach (var item in response.Results)
        {
            if (keyOf(item) is { } key)
            {
                succeeded[key] = (item.Id, item.New ?? false);
            }
        }

        // Results without the unique property's value can only be matched by position, and only
        // when HubSpot answered for every input.
        if (succeeded.Count == 0 && response.Results.Count == keys.Count && (response.Errors?.Count ?? 0) == 0)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                succeeded[keys[i]] = (response.Results[i].Id, response.Results[i].New ?? false);
            }
        }

        var failed = new Dictionary<string, WriteFailure>(StringComparer.Ordinal);
        foreach (var error in response.Errors ?? [])
        {
            var failure = ToFailure(error);
            foreach (var key in error.ContextValues("objectWriteTraceId").Concat(error.ContextValues("ids")))
            {
                failed.TryAdd(key, failure);
            }
        }

        foreach (var key in keys)
        {
            if (failed.TryGetValue(key, out var failure))
            {
                yield return new RecordWriteResult(key, null, false, failure);
            }
            else if (succeeded.TryGetValue(key, out var result))
            {
                yield return new RecordWriteResult(key, result.Id, result.Created, null);
            }
            else
            {
                yield return new RecordWriteResult(key, null, false, new WriteFailure("NO_RESULT", "HubSpot's batch answer named neither a result nor an error for this input.", true, []));
            }
        }
    }

    private static WriteFailure ToFailure(HubSpotError error)
    {
        var fields = (error.Errors ?? []).Select(detail => detail.In).OfType<string>().Concat(error.ContextValues("propertyName")).Distinct().ToList();
        var code = error.Category ?? "UNKNOWN";
        return new WriteFailure(code, error.Message ?? "(no message)", HubSpotRetryability.IsRetryable(0, code) || code is "OBJECT_LOCKED" or "LOCKED", fields);
    }
}

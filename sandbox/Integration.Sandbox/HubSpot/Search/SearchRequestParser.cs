using System.Globalization;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>
/// Reads a search body and enforces the documented limits: body ≤ 3000 characters, ≤ 5 filter groups, ≤ 6 filters
/// per group and ≤ 18 in total, one sort, limit 1..200 (default 10), <c>after</c> an integer below 10,000.
/// Every refusal is 400 VALIDATION_ERROR (the exact real messages are unpublished; these name the limit).
/// </summary>
internal static class SearchRequestParser
{
    public const int MaxBodyChars = 3000;
    public const int MaxGroups = 5;
    public const int MaxFiltersPerGroup = 6;
    public const int MaxFilters = 18;
    public const int MaxLimit = 200;
    public const int ResultCap = 10_000;

    public static SearchRequest Parse(JsonObject? body, string text, out string? error)
    {
        error = text.Length > MaxBodyChars ? $"The request body is {text.Length} characters; search requests are limited to {MaxBodyChars}."
            : body is null ? "Invalid input JSON: the search body must be a JSON object."
            : null;
        var empty = new SearchRequest([], null, false, null, [], 10, 0);
        if (error is not null || body is null)
        {
            return empty;
        }

        var groups = new List<IReadOnlyList<SearchFilter>>();
        foreach (var group in body["filterGroups"] as JsonArray ?? [])
        {
            var filters = new List<SearchFilter>();
            foreach (var filter in group?["filters"] as JsonArray ?? [])
            {
                var name = RequestBody.Text(filter?["propertyName"]) ?? string.Empty;
                var op = RequestBody.Text(filter?["operator"]) ?? string.Empty;
                if (!Enum.TryParse<SearchOperator>(op, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(op, out _))
                {
                    error = $"Unknown operator '{op}' for property '{name}'; expected one of {string.Join(", ", Enum.GetNames<SearchOperator>())}.";
                    return empty;
                }

                filters.Add(new SearchFilter(name, parsed, RequestBody.Text(filter?["value"]), RequestBody.Text(filter?["highValue"]),
                    [.. (filter?["values"] as JsonArray ?? []).Select(v => RequestBody.Text(v) ?? string.Empty)]));
            }

            groups.Add(filters);
        }

        var sorts = body["sorts"] as JsonArray ?? [];
        var sort = sorts.Count == 1 ? sorts[0] : null;
        var sortProperty = sort is JsonObject s ? RequestBody.Text(s["propertyName"]) : RequestBody.Text(sort)?.TrimStart('-');
        var descending = sort is JsonObject d ? string.Equals(RequestBody.Text(d["direction"]), "DESCENDING", StringComparison.OrdinalIgnoreCase)
            : RequestBody.Text(sort)?.StartsWith('-') == true;
        var limit = (int?)(body["limit"] as JsonValue) ?? 10;
        var afterText = RequestBody.Text(body["after"]);
        var after = 0;
        error = groups.Count > MaxGroups ? $"There are {groups.Count} filter groups; at most {MaxGroups} are allowed."
            : groups.FirstOrDefault(g => g.Count > MaxFiltersPerGroup) is { } big ? $"A filter group has {big.Count} filters; at most {MaxFiltersPerGroup} per group are allowed."
            : groups.Sum(g => g.Count) is var total && total > MaxFilters ? $"There are {total} filters; at most {MaxFilters} in total are allowed."
            : sorts.Count > 1 ? $"There are {sorts.Count} sorts; only one sort is allowed."
            : limit is < 1 or > MaxLimit ? $"limit is {limit}; it must be between 1 and {MaxLimit}."
            : afterText is not null && !int.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after) ? $"after '{afterText}' must be formatted as an integer."
            : after >= ResultCap ? $"Cannot page beyond {ResultCap} results (after is {after}). Narrow the search, for example with a filter on hs_object_id."
            : null;
        var properties = RecordJsonNames(body["properties"] as JsonArray);
        return error is null ? new SearchRequest(groups, sortProperty, descending, RequestBody.Text(body["query"]), properties, limit, after) : empty;
    }

    private static List<string> RecordJsonNames(JsonArray? names) => Objects.RecordJson.Names((names ?? []).Select(RequestBody.Text));
}

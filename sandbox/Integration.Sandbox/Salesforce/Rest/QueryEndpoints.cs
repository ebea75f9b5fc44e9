using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.Salesforce.Soql;
using Integration.Sandbox.Salesforce.Soql.Evaluation;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>
/// <c>query?q=</c> and <c>queryAll?q=</c> (deleted rows too), continued through <c>query/{locator}-{offset}</c>.
/// Batch size from <c>Sforce-Query-Options: batchSize=N</c> (200..2000, default 2000).
/// </summary>
internal static class QueryEndpoints
{
    public const int DefaultBatchSize = 2000;
    public const int MinBatchSize = 200;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/query", (string? q, SalesforceSession session, HttpRequest request) => Run(q, includeDeleted: false, session, request));
        api.MapGet("/queryAll", (string? q, SalesforceSession session, HttpRequest request) => Run(q, includeDeleted: true, session, request));
        api.MapGet("/query/{locator}", Continue);
        api.MapGet("/queryAll/{locator}", Continue);
    }

    private static IResult Run(string? q, bool includeDeleted, SalesforceSession session, HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return new RestError(400, "MALFORMED_QUERY", "A query string has to be specified").ToResult();
        }

        QueryResult result;
        BoundQuery query;
        try
        {
            query = QueryBinder.Bind(SoqlParser.Parse(q), session.Time.GetUtcNow());
            result = QueryExecutor.Execute(query, session.Store, includeDeleted);
        }
        catch (SoqlException e)
        {
            return new RestError(400, e.ErrorCode, e.Message).ToResult();
        }

        if (result.Rows is null && result.AggregateRows is null)
        {
            return Page(result.TotalSize, [], null);
        }

        Func<int, int, JsonArray> page = result.AggregateRows is { } aggregates
            ? (from, count) => new JsonArray([.. aggregates.Skip(from).Take(count).Select(r => (JsonNode)r.DeepClone())])
            : (from, count) => new JsonArray([.. result.Rows!.Skip(from).Take(count).Select(r => (JsonNode)RowProjector.Project(query, r, session.ApiVersion))]);
        var batch = BatchSize(request);
        if (result.TotalSize <= batch)
        {
            return Page(result.TotalSize, page(0, batch), null);
        }

        var cursor = session.Org.Cursors.Open(result.TotalSize, batch, page);
        return Page(result.TotalSize, page(0, batch), NextUrl(session, cursor.Locator, batch));
    }

    private static IResult Continue(string locator, SalesforceSession session)
    {
        var dash = locator.LastIndexOf('-');
        var cursor = dash > 0 ? session.Org.Cursors.Find(locator[..dash]) : null;
        if (cursor is null || !int.TryParse(locator[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset >= cursor.TotalSize)
        {
            return new RestError(400, "INVALID_QUERY_LOCATOR", "invalid query locator").ToResult();
        }

        var end = offset + cursor.BatchSize;
        return Page(cursor.TotalSize, cursor.Page(offset, cursor.BatchSize), end < cursor.TotalSize ? NextUrl(session, cursor.Locator, end) : null);
    }

    private static string NextUrl(SalesforceSession session, string locator, int offset) =>
        $"/services/data/v{session.ApiVersion}/query/{locator}-{offset.ToString(CultureInfo.InvariantCulture)}";

    private static int BatchSize(HttpRequest request)
    {
        foreach (var option in request.Headers["Sforce-Query-Options"].ToString().Split(',', ';'))
        {
            var parts = option.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("batchSize", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                return Math.Clamp(size, MinBatchSize, DefaultBatchSize);
            }
        }

        return DefaultBatchSize;
    }

    private static IResult Page(int totalSize, JsonArray records, string? nextRecordsUrl)
    {
        var json = new JsonObject { ["totalSize"] = totalSize, ["done"] = nextRecordsUrl is null };
        if (nextRecordsUrl is not null)
        {
            json["nextRecordsUrl"] = nextRecordsUrl;
        }

        json["records"] = records;
        return Results.Content(json.ToJsonString(SandboxJson.Options), "application/json");
    }
}

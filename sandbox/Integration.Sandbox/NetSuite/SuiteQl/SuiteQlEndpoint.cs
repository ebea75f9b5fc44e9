using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.NetSuite.Rest;
using Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>
/// <c>POST /services/rest/query/v1/suiteql?limit=&amp;offset=</c> with <c>Prefer: transient</c> and body
/// <c>{"q": "..."}</c>: a page of <c>items</c> with <c>count</c>, <c>hasMore</c>, <c>offset</c>,
/// <c>totalResults</c> and paging <c>links</c>; at most 100,000 rows are reachable.
/// </summary>
internal static class SuiteQlEndpoint
{
    private const string SearchErrorPrefix = "Invalid search query. Detailed unprocessed description follows. Search error occurred: ";

    public static void Map(RouteGroupBuilder query) => query.MapPost("/suiteql", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.Headers["Prefer"].Any(p => p is not null && p.Split(',').Any(v => v.Trim().Equals("transient", StringComparison.OrdinalIgnoreCase))))
        {
            return new NetSuiteError(400, "INVALID_HEADER", "SuiteQL queries require the header 'Prefer: transient'.").ToResult();
        }

        if (PageLinks.Read(http.Request, out var limit, out var offset) is { } pagingError)
        {
            return pagingError.ToResult();
        }

        string? text;
        try
        {
            text = (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken))?["q"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            text = null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new NetSuiteError(400, "INVALID_CONTENT", "The request body must be a JSON object with the query in \"q\".").ToResult();
        }

        var account = NetSuiteRequestGate.Account(http);
        SuiteQlResult result;
        try
        {
            var statement = SuiteQlParser.Parse(text, account.TimeZone);
            lock (account.Store.Gate)
            {
                result = SuiteQlEvaluator.Run(statement, account.Store, account.TimeZone);
            }
        }
        catch (SuiteQlException exception)
        {
            return new NetSuiteError(400, "INVALID_PARAMETER", SearchErrorPrefix + exception.Message, QueryParam: "q").ToResult();
        }

        var items = new JsonArray([.. result.Page(offset, limit)]);
        var reachable = Math.Min(result.Total, PageLinks.MaxResults);
        var page = new JsonObject
        {
            ["links"] = PageLinks.Build($"{RecordJson.Origin(http.Request)}/services/rest/query/v1/suiteql", limit, offset, reachable),
            ["count"] = items.Count,
            ["hasMore"] = offset + items.Count < reachable,
            ["items"] = items,
            ["offset"] = offset,
            ["totalResults"] = result.Total,
        };
        return Results.Content(page.ToJsonString(SandboxJson.Options), "application/vnd.oracle.resource+json; type=collection; charset=utf-8");
    }
}

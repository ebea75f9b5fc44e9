using System.Globalization;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.NetSuite.Rest;

/// <summary>Collection paging links (<c>self</c>, <c>first</c>, <c>prev</c>, <c>next</c>, <c>last</c>) as Oracle's "Collection Paging" lists them.</summary>
internal static class PageLinks
{
    public static JsonArray Build(string href, int limit, int offset, int reachable)
    {
        var links = new JsonArray();
        void Add(string rel, int at) => links.Add(new JsonObject { ["rel"] = rel, ["href"] = $"{href}?limit={limit}&offset={at.ToString(CultureInfo.InvariantCulture)}" });
        var last = reachable == 0 ? 0 : (reachable - 1) / limit * limit;
        if (offset > 0)
        {
            Add("prev", Math.Max(0, offset - limit));
        }

        Add("first", 0);
        if (offset + limit < reachable)
        {
            Add("next", offset + limit);
        }

        Add("last", last);
        Add("self", offset);
        return links;
    }

    public static JsonArray Self(string href) => [new JsonObject { ["rel"] = "self", ["href"] = href }];

    /// <summary>
    /// Validates <c>limit</c> (1-1000, default 1000) and <c>offset</c> (a multiple of limit, below the
    /// 100,000-result cap); the error names the parameter.
    /// </summary>
    public static NetSuiteError? Read(HttpRequest request, out int limit, out int offset)
    {
        limit = 1000;
        offset = 0;
        if (request.Query.TryGetValue("limit", out var l) && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
        {
            return new NetSuiteError(400, "INVALID_PARAMETER", $"Invalid value '{l}' for query parameter limit. The value must be between 1 and 1000.", QueryParam: "limit");
        }

        if (request.Query.TryGetValue("offset", out var o) && !int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return new NetSuiteError(400, "INVALID_PARAMETER", $"Invalid value '{o}' for query parameter offset.", QueryParam: "offset");
        }

        if (offset % limit != 0)
        {
            return new NetSuiteError(400, "INVALID_PARAMETER", $"Invalid value {offset} for query parameter offset. The offset must be a multiple of limit ({limit}).", QueryParam: "offset");
        }

        return offset >= MaxResults
            ? new NetSuiteError(400, "INVALID_PARAMETER", $"Invalid value {offset} for query parameter offset. At most {MaxResults} results can be paged through.", QueryParam: "offset")
            : null;
    }

    public const int MaxResults = 100_000;
}

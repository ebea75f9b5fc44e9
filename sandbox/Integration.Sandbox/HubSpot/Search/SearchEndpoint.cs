using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Errors;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>
/// <c>POST /crm/v3/objects/{type}/search</c>: <c>{total, results, paging.next.after}</c>. Records are kept in id
/// order, so the default order (oldest first) and <c>hs_object_id</c> sorts need no sorting, and a
/// <c>hs_object_id</c> lower bound in every group starts the scan by binary search. Other sorts sort only the
/// matches. <c>after</c> is an offset; pages end at the 10,000th result, and asking for more is a 400.
/// </summary>
internal static class SearchEndpoint
{
    public static void Map(RouteGroupBuilder objects) => objects.MapPost("/search", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, string objectType)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var (body, text) = await RequestBody.ReadAsync(http.Request);
        var request = SearchRequestParser.Parse(body, text, out var error);
        if (error is not null)
        {
            return HubSpotError.Validation(error);
        }

        var table = call.Portal.Store.Table(type);
        var returned = request.Properties.Count > 0 ? [.. request.Properties, "hs_object_id", "createdate", type.ModifiedProperty] : (IReadOnlyCollection<string>?)null;
        var results = new JsonArray();
        int total;
        lock (call.Portal.Store.Gate)
        {
            var page = Run(table, request, out total);
            foreach (var record in page)
            {
                results.Add(RecordJson.Render(table, record, returned));
            }
        }

        var json = new JsonObject { ["total"] = total, ["results"] = results };
        var next = request.After + results.Count;
        if (next < total)
        {
            json["paging"] = new JsonObject { ["next"] = new JsonObject { ["after"] = next.ToString(CultureInfo.InvariantCulture) } };
        }

        return HubSpotError.Json(json, 200);
    }

    private static List<CrmRecord> Run(ObjectTable table, SearchRequest request, out int total)
    {
        var matches = SearchPredicate.Compile(table, request);
        var rows = table.Ordered;
        var start = table.IndexAfter(SearchPredicate.LowestPossibleId(request) - 1);
        var take = Math.Min(request.Limit, SearchRequestParser.ResultCap - request.After);
        var byId = request.SortProperty is null or "hs_object_id";
        if (byId && !request.Descending)
        {
            var page = new List<CrmRecord>(take);
            total = 0;
            for (var i = start; i < rows.Count; i++)
            {
                if (matches(rows[i]) && total++ >= request.After && page.Count < take)
                {
                    page.Add(rows[i]);
                }
            }

            return page;
        }

        var all = new List<CrmRecord>();
        for (var i = start; i < rows.Count; i++)
        {
            if (matches(rows[i]))
            {
                all.Add(rows[i]);
            }
        }

        total = all.Count;
        if (byId)
        {
            all.Reverse();
        }
        else
        {
            var propertyType = table.Property(request.SortProperty!)?.Type ?? "string";
            var comparer = new SortComparer(request.SortProperty!, propertyType, request.Descending);
            all.Sort(comparer);
        }

        return [.. all.Skip(request.After).Take(take)];
    }
}

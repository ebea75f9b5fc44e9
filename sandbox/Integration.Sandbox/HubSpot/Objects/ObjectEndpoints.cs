using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Associations;
using Integration.Sandbox.HubSpot.Errors;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary><c>/crm/v3/objects/{objectType}</c>: list with <c>after</c> cursors, get, create, update and archive.</summary>
internal static class ObjectEndpoints
{
    public const int MaxListLimit = 100;

    public static void Map(RouteGroupBuilder objects)
    {
        objects.MapGet(string.Empty, List);
        objects.MapGet("/{objectId}", Get);
        objects.MapPost(string.Empty, CreateAsync);
        objects.MapPatch("/{objectId}", UpdateAsync);
        objects.MapDelete("/{objectId}", Archive);
        objects.MapPost("/merge", MergeEndpoint.HandleAsync);
    }

    private static IResult List(HttpContext http, string objectType, int? limit, string? after, bool? archived)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var size = limit ?? 10;
        if (size is < 1 or > MaxListLimit)
        {
            return HubSpotError.Validation($"limit is {size}; it must be between 1 and {MaxListLimit}.");
        }

        long afterId = 0;
        if (after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            return HubSpotError.Validation($"after '{after}' is not a valid paging cursor.");
        }

        var requested = RecordJson.Names(http.Request.Query["properties"]);
        var wantArchived = archived ?? false;
        var results = new JsonArray();
        var table = call.Portal.Store.Table(type);
        long? next = null;
        long lastId = 0;
        lock (call.Portal.Store.Gate)
        {
            var rows = table.Ordered;
            for (var i = table.IndexAfter(afterId); i < rows.Count; i++)
            {
                if (rows[i].Archived != wantArchived)
                {
                    continue;
                }

                if (results.Count == size)
                {
                    next = lastId;
                    break;
                }

                results.Add(RecordJson.Render(table, rows[i], requested));
                lastId = rows[i].Id;
            }
        }

        var body = new JsonObject { ["results"] = results };
        if (next is { } cursor)
        {
            var text = cursor.ToString(CultureInfo.InvariantCulture);
            body["paging"] = new JsonObject { ["next"] = new JsonObject { ["after"] = text, ["link"] = NextLink(http.Request, text) } };
        }

        return HubSpotError.Json(body, 200);
    }

    /// <summary>The request's own URL with <c>after</c> replaced, as <c>paging.next.link</c>.</summary>
    private static string NextLink(HttpRequest request, string after)
    {
        var query = request.Query.Where(q => q.Key != "after").SelectMany(q => q.Value.Select(v => $"{q.Key}={Uri.EscapeDataString(v ?? string.Empty)}"));
        return $"{request.Scheme}://{request.Host}{request.Path}?{string.Join('&', query.Append($"after={after}"))}";
    }

    private static IResult Get(HttpContext http, string objectType, string objectId, string? idProperty, bool? archived)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var table = call.Portal.Store.Table(type);
        lock (call.Portal.Store.Gate)
        {
            var (record, error) = ObjectLookup.Find(table, objectId, idProperty, archived ?? false);
            return error ?? HubSpotError.Json(RecordJson.Render(table, record!, RecordJson.Names(http.Request.Query["properties"])), 200);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext http, string objectType)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var (body, _) = await RequestBody.ReadAsync(http.Request);
        if (body?["properties"] is not JsonObject properties)
        {
            return HubSpotError.Validation("Invalid input JSON: the body must be an object with \"properties\".");
        }

        var table = call.Portal.Store.Table(type);
        var values = Properties.PropertyValues.Read(properties);
        return call.Portal.Write(changes =>
        {
            var problem = CrmWriter.Check(table, values, null);
            var associations = problem is null ? InlineAssociations.Read(call.Portal.Store, type, body["associations"] as JsonArray, out problem) : [];
            if (problem is not null)
            {
                return problem.ToResult();
            }

            var record = call.Portal.Writer.Create(table, values, call.Origin, changes);
            foreach (var (associationType, toId) in associations)
            {
                call.Portal.Writer.Associate(associationType, record.Id, toId, call.Origin, changes);
            }

            return HubSpotError.Json(RecordJson.Render(table, record, [.. type.DefaultProperties, .. values.Keys]), 201);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string objectType, string objectId, string? idProperty)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var (body, _) = await RequestBody.ReadAsync(http.Request);
        if (body?["properties"] is not JsonObject properties)
        {
            return HubSpotError.Validation("Invalid input JSON: the body must be an object with \"properties\".");
        }

        var table = call.Portal.Store.Table(type);
        var values = Properties.PropertyValues.Read(properties);
        return call.Portal.Write(changes =>
        {
            var (record, error) = ObjectLookup.Find(table, objectId, idProperty, archived: false);
            if (error is not null)
            {
                return error;
            }

            if (CrmWriter.Check(table, values, record) is { } problem)
            {
                return problem.ToResult();
            }

            call.Portal.Writer.Update(table, record!, values, call.Origin, changes);
            return HubSpotError.Json(RecordJson.Render(table, record!, [.. type.DefaultProperties, .. values.Keys]), 200);
        });
    }

    private static IResult Archive(HttpContext http, string objectType, string objectId)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        var table = call.Portal.Store.Table(type);
        return call.Portal.Write(changes =>
        {
            if (long.TryParse(objectId, out var id) && table.Find(id) is { Archived: false } record)
            {
                call.Portal.Writer.Archive(table, record, call.Origin, changes);
            }

            return Results.NoContent();
        });
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Batch;
using Integration.Sandbox.HubSpot.Errors;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Associations;

/// <summary>
/// Associations v4: <c>POST /crm/v4/associations/{from}/{to}/batch/{create|read|archive|associate/default}</c>.
/// Inputs naming missing records, and read ids without associations (NO_ASSOCIATIONS_FOUND), are 207 errors.
/// </summary>
internal static class AssociationEndpoints
{
    public static void Map(RouteGroupBuilder crm)
    {
        var batch = crm.MapGroup("/v4/associations/{fromObjectType}/{toObjectType}/batch");
        batch.MapPost("/create", (HttpContext http, string fromObjectType, string toObjectType, TimeProvider time) => WriteAsync(http, fromObjectType, toObjectType, time, defaultOnly: false));
        batch.MapPost("/associate/default", (HttpContext http, string fromObjectType, string toObjectType, TimeProvider time) => WriteAsync(http, fromObjectType, toObjectType, time, defaultOnly: true));
        batch.MapPost("/read", ReadAsync);
        batch.MapPost("/archive", ArchiveAsync);
    }

    private static async Task<IResult> WriteAsync(HttpContext http, string fromObjectType, string toObjectType, TimeProvider time, bool defaultOnly)
    {
        var (call, from, to, inputs, error) = await StartAsync(http, fromObjectType, toObjectType);
        if (error is not null)
        {
            return error;
        }

        var started = time.GetUtcNow();
        return call.Portal.Write(changes =>
        {
            var results = new JsonArray();
            var errors = new JsonArray();
            foreach (var input in inputs)
            {
                var fromText = RequestBody.Text(input["from"]?["id"]);
                var toText = RequestBody.Text(input["to"]?["id"]);
                var types = defaultOnly ? [AssociationTypes.Default(from.Name, to.Name)]
                    : (input["types"] as JsonArray ?? []).Select(t => AssociationTypes.Find(from.Name, to.Name, (int?)t?["associationTypeId"] ?? -1)).ToList();
                if (types.Count == 0 || types.Any(t => t is null))
                {
                    return HubSpotError.Validation($"An association type in the input is not valid from {from.Name} to {to.Name}.");
                }

                var fromLive = Live(call, from, fromText, out var fromId);
                if (!fromLive || !Live(call, to, toText, out var toId))
                {
                    errors.Add(BatchResponse.NotFound(fromLive ? to.Singular : from.Singular, [(fromLive ? toText : fromText) ?? string.Empty]));
                    continue;
                }

                foreach (var type in types)
                {
                    call.Portal.Writer.Associate(type!, fromId, toId, call.Origin, changes);
                }

                results.Add(new JsonObject
                {
                    ["fromObjectTypeId"] = from.TypeId,
                    ["fromObjectId"] = fromId,
                    ["toObjectTypeId"] = to.TypeId,
                    ["toObjectId"] = toId,
                    ["labels"] = new JsonArray([.. types.Where(t => t!.Label is not null).Select(t => (JsonNode)t!.Label!)]),
                });
            }

            return BatchResponse.Build(results, errors, started, time.GetUtcNow(), successStatus: defaultOnly ? 200 : 201);
        });
    }

    private static async Task<IResult> ReadAsync(HttpContext http, string fromObjectType, string toObjectType, TimeProvider time)
    {
        var (call, from, to, inputs, error) = await StartAsync(http, fromObjectType, toObjectType);
        if (error is not null)
        {
            return error;
        }

        var started = time.GetUtcNow();
        var results = new JsonArray();
        var errors = new JsonArray();
        lock (call.Portal.Store.Gate)
        {
            foreach (var id in inputs.Select(i => RequestBody.Text(i["id"]) ?? string.Empty).Distinct(StringComparer.Ordinal))
            {
                var targets = long.TryParse(id, out var fromId) ? call.Portal.Store.Associations.Read(from.Name, to.Name, fromId) : new Dictionary<long, SortedSet<int>>();
                if (targets.Count == 0)
                {
                    errors.Add(NoAssociations(from, to, id));
                    continue;
                }

                results.Add(new JsonObject
                {
                    ["from"] = new JsonObject { ["id"] = id },
                    ["to"] = new JsonArray([.. targets.Select(t => (JsonNode)new JsonObject
                    {
                        ["toObjectId"] = t.Key,
                        ["associationTypes"] = new JsonArray([.. t.Value.Select(typeId => (JsonNode)new JsonObject
                        {
                            ["category"] = AssociationType.Category,
                            ["typeId"] = typeId,
                            ["label"] = AssociationTypes.Find(from.Name, to.Name, typeId)?.Label,
                        })]),
                    })]),
                });
            }
        }

        return BatchResponse.Build(results, errors, started, time.GetUtcNow());
    }

    private static async Task<IResult> ArchiveAsync(HttpContext http, string fromObjectType, string toObjectType)
    {
        var (call, from, to, inputs, error) = await StartAsync(http, fromObjectType, toObjectType);
        if (error is not null)
        {
            return error;
        }

        return call.Portal.Write(changes =>
        {
            foreach (var input in inputs)
            {
                if (!long.TryParse(RequestBody.Text(input["from"]?["id"]), out var fromId))
                {
                    continue;
                }

                foreach (var target in input["to"] as JsonArray ?? [])
                {
                    if (long.TryParse(RequestBody.Text(target?["id"]), out var toId))
                    {
                        call.Portal.Writer.Dissociate(from.Name, to.Name, fromId, toId, call.Origin, changes);
                    }
                }
            }

            return Results.NoContent();
        });
    }

    private static JsonObject NoAssociations(CrmObjectType from, CrmObjectType to, string id) => new()
    {
        ["status"] = "error",
        ["category"] = "OBJECT_NOT_FOUND",
        ["subCategory"] = "crm.associations.NO_ASSOCIATIONS_FOUND",
        ["message"] = $"No {to.EventPrefix} is associated with {from.EventPrefix} {id}.",
        ["context"] = new JsonObject { ["fromObjectId"] = new JsonArray(id), ["toObjectType"] = new JsonArray(to.Singular) },
    };

    private static bool Live(HubSpotCall call, CrmObjectType type, string? id, out long numeric) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out numeric) && call.Portal.Store.Table(type).Find(numeric) is { Archived: false };

    private static async Task<(HubSpotCall Call, CrmObjectType From, CrmObjectType To, List<JsonObject> Inputs, IResult? Error)> StartAsync(HttpContext http, string fromType, string toType)
    {
        var call = HubSpotCall.From(http);
        var from = CrmObjectTypes.Find(fromType);
        var to = CrmObjectTypes.Find(toType);
        if (from is null || to is null)
        {
            return (call, CrmObjectTypes.Contacts, CrmObjectTypes.Contacts, [], HubSpotError.UnknownObjectType(from is null ? fromType : toType));
        }

        var (_, inputs, error) = await BatchInputs.ReadAsync(http.Request);
        return (call, from, to, inputs, error);
    }
}

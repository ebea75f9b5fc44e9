using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Errors;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Properties;

/// <summary>
/// <c>/crm/v3/properties/{objectType}</c>: list (<c>{"results":[...]}</c>), read one, and create a custom property
/// (<c>name, label, type, fieldType, groupName, options?, hasUniqueValue?</c>; 409 when the name exists).
/// </summary>
internal static class PropertyEndpoints
{
    private static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Map(RouteGroupBuilder crm)
    {
        var properties = crm.MapGroup("/v3/properties/{objectType}");
        properties.MapGet(string.Empty, List);
        properties.MapGet("/{propertyName}", Get);
        properties.MapPost(string.Empty, CreateAsync);
    }

    private static IResult List(HttpContext http, string objectType) => WithTable(http, objectType, (table, _) =>
        HubSpotError.Json(new JsonObject { ["results"] = new JsonArray([.. table.Properties.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (JsonNode)p.ToJson(Epoch))]) }, 200));

    private static IResult Get(HttpContext http, string objectType, string propertyName) => WithTable(http, objectType, (table, _) =>
        table.Property(propertyName) is { } property
            ? HubSpotError.Json(property.ToJson(Epoch), 200)
            : HubSpotError.Result(404, "OBJECT_NOT_FOUND", $"Unable to find property {propertyName} on object type {table.Type.TypeId}"));

    private static async Task<IResult> CreateAsync(HttpContext http, string objectType)
    {
        var (body, _) = await RequestBody.ReadAsync(http.Request);
        return WithTable(http, objectType, (table, _) =>
        {
            var name = RequestBody.Text(body?["name"]);
            var type = RequestBody.Text(body?["type"]);
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(type))
            {
                return HubSpotError.Validation("name and type are required to create a property.");
            }

            if (table.Property(name) is not null)
            {
                return HubSpotError.Result(409, "OBJECT_ALREADY_EXISTS", $"A property named '{name}' already exists.");
            }

            var options = (body!["options"] as JsonArray ?? []).Select((o, i) =>
                new PropertyOption(RequestBody.Text(o?["label"]) ?? string.Empty, RequestBody.Text(o?["value"]) ?? string.Empty, i)).ToList();
            var property = new PropertyDefinition(name, RequestBody.Text(body["label"]) ?? name, type, RequestBody.Text(body["fieldType"]) ?? "text",
                RequestBody.Text(body["groupName"]) ?? "sync")
            {
                Options = options,
                HasUniqueValue = (bool?)body["hasUniqueValue"] ?? false,
                HubSpotDefined = false,
            };
            table.AddProperty(property);
            return HubSpotError.Json(property.ToJson(Epoch), 201);
        });
    }

    private static IResult WithTable(HttpContext http, string objectType, Func<ObjectTable, Tenancy.HubSpotPortal, IResult> action)
    {
        var call = HubSpotCall.From(http);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return HubSpotError.UnknownObjectType(objectType);
        }

        lock (call.Portal.Store.Gate)
        {
            return action(call.Portal.Store.Table(type), call.Portal);
        }
    }
}

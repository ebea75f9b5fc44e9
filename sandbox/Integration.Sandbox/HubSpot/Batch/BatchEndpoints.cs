using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Errors;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Batch;

/// <summary>
/// <c>/crm/v3/objects/{type}/batch/{read|create|update|upsert|archive}</c>, up to 100 inputs. Missing ids in
/// read and update are 207 OBJECT_NOT_FOUND errors; create reports failures per input (207) only when every
/// input has an <c>objectWriteTraceId</c>, otherwise one invalid input fails the whole batch and nothing is written.
/// </summary>
internal static partial class BatchEndpoints
{
    public static void Map(RouteGroupBuilder objects)
    {
        objects.MapPost("/batch/read", ReadAsync);
        objects.MapPost("/batch/create", CreateAsync);
        objects.MapPost("/batch/update", UpdateAsync);
        objects.MapPost("/batch/upsert", UpsertAsync);
        objects.MapPost("/batch/archive", ArchiveAsync);
    }

    private static async Task<IResult> ReadAsync(HttpContext http, string objectType, bool? archived, TimeProvider time)
    {
        var (call, type, body, inputs, error) = await StartAsync(http, objectType, time);
        if (error is not null)
        {
            return error;
        }

        var started = call.Time.GetUtcNow();
        var idProperty = RequestBody.Text(body["idProperty"]);
        var requested = RecordJson.Names((body["properties"] as JsonArray ?? []).Select(RequestBody.Text));
        var table = call.Call.Portal.Store.Table(type);
        var results = new JsonArray();
        var missing = new List<string>();
        lock (call.Call.Portal.Store.Gate)
        {
            foreach (var id in inputs.Select(i => RequestBody.Text(i["id"]) ?? string.Empty).Distinct(StringComparer.Ordinal))
            {
                var (record, notFound) = ObjectLookup.Find(table, id, idProperty, archived ?? false);
                if (notFound is not null && idProperty is not null && idProperty != "hs_object_id" && table.Property(idProperty) is not { HasUniqueValue: true })
                {
                    return notFound;
                }

                if (record is null)
                {
                    missing.Add(id);
                }
                else
                {
                    results.Add(RecordJson.Render(table, record, requested));
                }
            }
        }

        var errors = missing.Count == 0 ? new JsonArray() : new JsonArray(BatchResponse.NotFound(type.Singular, missing));
        return BatchResponse.Build(results, errors, started, call.Time.GetUtcNow());
    }

    private static async Task<IResult> ArchiveAsync(HttpContext http, string objectType, TimeProvider time)
    {
        var (call, type, _, inputs, error) = await StartAsync(http, objectType, time);
        if (error is not null)
        {
            return error;
        }

        var table = call.Call.Portal.Store.Table(type);
        return call.Call.Portal.Write(changes =>
        {
            foreach (var id in inputs.Select(i => RequestBody.Text(i["id"])))
            {
                if (long.TryParse(id, out var numeric) && table.Find(numeric) is { Archived: false } record)
                {
                    call.Call.Portal.Writer.Archive(table, record, call.Call.Origin, changes);
                }
            }

            return Results.NoContent();
        });
    }

    private static async Task<(BatchCall Call, CrmObjectType Type, JsonObject Body, List<JsonObject> Inputs, IResult? Error)> StartAsync(HttpContext http, string objectType, TimeProvider time)
    {
        var call = new BatchCall(HubSpotCall.From(http), time, http.Request.Method, http.Request.Path.Value ?? string.Empty);
        if (CrmObjectTypes.Find(objectType) is not { } type)
        {
            return (call, CrmObjectTypes.Contacts, [], [], HubSpotError.UnknownObjectType(objectType));
        }

        var (body, inputs, error) = await BatchInputs.ReadAsync(http.Request);
        return (call, type, body, inputs, error);
    }

    /// <summary>The injected per-record fault for one input, as a batch error item, or null.</summary>
    private static JsonObject? RecordFault(BatchCall call, JsonObject context) =>
        call.Call.Portal.Faults.DecideRecord(call.Method, call.Path) is { } rule
            ? new WriteProblem(rule.Status ?? 500, rule.ErrorCode ?? "INTERNAL_ERROR", rule.Message ?? "internal error").ToBatchError(context)
            : null;

    private sealed record BatchCall(HubSpotCall Call, TimeProvider Time, string Method, string Path);
}

using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>
/// sObject Collections: <c>composite/sobjects</c> create (POST), update (PATCH), delete (DELETE ?ids=), retrieve
/// (GET …/{Object}?ids=&amp;fields=) and upsert (PATCH …/{Object}/{ExternalIdField}). At most 200 records; HTTP 200
/// with per-record results in request order even when every record failed.
/// </summary>
internal static class CollectionEndpoints
{
    public const int MaxRecords = 200;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/composite/sobjects", (SalesforceSession session, HttpRequest request) =>
            WriteAsync(session, request, static (writer, record) => Create(writer, record)));
        api.MapPatch("/composite/sobjects", (SalesforceSession session, HttpRequest request) =>
            WriteAsync(session, request, static (writer, record) => Update(writer, record)));
        api.MapPatch("/composite/sobjects/{objectName}/{fieldName}", UpsertAsync);
        api.MapDelete("/composite/sobjects", Delete);
        api.MapGet("/composite/sobjects/{objectName}", CollectionRetrieve.Handle);
    }

    private static Task<IResult> UpsertAsync(string objectName, string fieldName, SalesforceSession session, HttpRequest request)
    {
        var type = StandardSchema.Find(objectName);
        var field = type?.Field(fieldName);
        if (type is null || field is null || !field.ExternalId)
        {
            return Task.FromResult(new RestError(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {fieldName}").ToResult());
        }

        return WriteAsync(session, request, (writer, record) =>
        {
            if (record[field.Name] is not JsonValue value || value.ToString() is not { Length: > 0 } key)
            {
                return DmlOutcome.Fail(new DmlError("MISSING_ARGUMENT", $"{field.Name} not specified", [field.Name]));
            }

            var upsert = writer.Upsert(type, field, key, record);
            return upsert.MultipleMatches
                ? DmlOutcome.Fail(new DmlError("DUPLICATE_EXTERNAL_ID", "A user-specified external ID matches more than one record during an upsert.", [field.Name]))
                : upsert.Outcome;
        });
    }

    private static DmlOutcome Create(RecordWriter writer, JsonObject record) =>
        TypeOf(record) is { } type ? writer.Create(type, record) : MissingType();

    private static DmlOutcome Update(RecordWriter writer, JsonObject record)
    {
        if (TypeOf(record) is not { } type)
        {
            return MissingType();
        }

        var id = (record["id"] ?? record["Id"])?.ToString();
        return id is null
            ? DmlOutcome.Fail(new DmlError("MISSING_ARGUMENT", "Id not specified in an update call", []))
            : writer.Update(type, id, record);
    }

    private static async Task<IResult> WriteAsync(SalesforceSession session, HttpRequest request, Func<RecordWriter, JsonObject, DmlOutcome> write)
    {
        var (body, error) = await JsonBody.ReadAsync<JsonObject>(request, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return error!.ToResult();
        }

        if (body["records"] is not JsonArray records || records.Any(r => r is not JsonObject))
        {
            return new RestError(400, "JSON_PARSER_ERROR", "records must be an array of objects").ToResult();
        }

        if (records.Count > MaxRecords)
        {
            return TooMany();
        }

        var allOrNone = body["allOrNone"] is JsonValue flag && flag.TryGetValue<bool>(out var all) && all;
        return Respond(CollectionBatch.Run(session, allOrNone, [.. records.Select(r => r!.AsObject())], WithRecordFaults(session, request, write)));
    }

    private static IResult Delete(string? ids, bool? allOrNone, SalesforceSession session, HttpRequest request)
    {
        var list = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length > MaxRecords)
        {
            return TooMany();
        }

        return Respond(CollectionBatch.Run(session, allOrNone ?? false, list, WithRecordFaults<string>(session, request, static (writer, id) => writer.Delete(id))));
    }

    /// <summary>Record-scoped fault rules fail single records (UNABLE_TO_LOCK_ROW by default) before they are written.</summary>
    private static Func<RecordWriter, T, DmlOutcome> WithRecordFaults<T>(SalesforceSession session, HttpRequest request, Func<RecordWriter, T, DmlOutcome> write)
    {
        var method = request.Method;
        var path = request.Path.Value ?? string.Empty;
        return (writer, item) => session.Org.Faults.DecideRecord(method, path) is { } rule
            ? DmlOutcome.Fail(new DmlError(
                rule.ErrorCode ?? "UNABLE_TO_LOCK_ROW",
                rule.Message ?? "unable to obtain exclusive access to this record or 1 records",
                []))
            : write(writer, item);
    }

    private static SObjectType? TypeOf(JsonObject record) =>
        record["attributes"]?["type"]?.ToString() is { } name ? StandardSchema.Find(name) : null;

    private static DmlOutcome MissingType() =>
        DmlOutcome.Fail(new DmlError("INVALID_TYPE", "attributes.type is missing or names an unknown sObject type", []));

    private static IResult TooMany() => new RestError(400, "EXCEEDED_ID_LIMIT",
        $"record limit reached. cannot submit more than {MaxRecords} records into this call", []).ToResult();

    private static IResult Respond(IEnumerable<DmlOutcome> outcomes) => Results.Content(
        new JsonArray([.. outcomes.Select(o => (JsonNode)RecordJson.Result(o))]).ToJsonString(SandboxJson.Options), "application/json");
}

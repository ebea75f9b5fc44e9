using Integration.Sandbox.Hosting;
using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>
/// <c>sobjects/{Object}/{ExternalIdField}/{value}</c>: upsert (201 created; 200 with <c>created:false</c> from
/// v46.0, 204 before; 300 with the matching record URLs) and read by external id.
/// </summary>
internal static class ExternalIdEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPatch("/sobjects/{objectName}/{fieldName}/{value}", UpsertAsync);
        api.MapGet("/sobjects/{objectName}/{fieldName}/{value}", Read);
    }

    private static async Task<IResult> UpsertAsync(string objectName, string fieldName, string value, SalesforceSession session, HttpRequest request)
    {
        var (type, field, problem) = Resolve(objectName, fieldName);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var (body, error) = await JsonBody.ReadAsync<JsonObject>(request, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return error!.ToResult();
        }

        var upsert = session.Write(writer => writer.Upsert(type!, field!, value, body));

        if (upsert.MultipleMatches)
        {
            return MultipleChoices(session, type!, upsert.Matches);
        }

        var outcome = upsert.Outcome;
        if (!outcome.Success)
        {
            return RestError.From(outcome.Errors[0]).ToResult();
        }

        if (outcome.Created == true)
        {
            return Results.Content(RecordJson.Result(outcome).ToJsonString(SandboxJson.Options), "application/json", statusCode: 201);
        }

        return ReportsCreatedFlag(session.ApiVersion)
            ? Results.Content(RecordJson.Result(outcome).ToJsonString(SandboxJson.Options), "application/json")
            : Results.NoContent();
    }

    private static IResult Read(string objectName, string fieldName, string value, SalesforceSession session)
    {
        var (type, field, problem) = Resolve(objectName, fieldName);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        StoredRecord[] records;
        lock (session.Store.Gate)
        {
            var table = session.Store.Table(type!);
            records = [.. table.FindByValue(field!, value).Select(id => table.Get(id)!)];
        }

        return records.Length switch
        {
            0 => RestError.NotFound.ToResult(),
            1 => Results.Content(RecordJson.Write(records[0], type!.Fields, session.ApiVersion).ToJsonString(SandboxJson.Options), "application/json"),
            _ => MultipleChoices(session, type!, [.. records.Select(r => r.Id)]),
        };
    }

    private static (SObjectType? Type, FieldDescribe? Field, RestError? Error) Resolve(string objectName, string fieldName)
    {
        if (StandardSchema.Find(objectName) is not { } type)
        {
            return (null, null, RestError.NotFound);
        }

        var field = type.Field(fieldName);
        if (field is null)
        {
            return (type, null, new RestError(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {fieldName}"));
        }

        // Not documented for a field that exists but is no external id; the sandbox answers 400 INVALID_FIELD.
        return field.ExternalId
            ? (type, field, null)
            : (type, null, new RestError(400, "INVALID_FIELD", $"Field {field.Name} is not an external id field on {type.Name}", [field.Name]));
    }

    private static IResult MultipleChoices(SalesforceSession session, SObjectType type, IEnumerable<string> ids)
    {
        var urls = new JsonArray([.. ids.Select(id => (JsonNode)RecordJson.Url(session.ApiVersion, type, id))]);
        return Results.Content(urls.ToJsonString(SandboxJson.Options), "application/json", statusCode: 300);
    }

    /// <summary>API 46.0 and later answer an upsert update with 200 and <c>created:false</c>; earlier with 204.</summary>
    private static bool ReportsCreatedFlag(string apiVersion) =>
        decimal.TryParse(apiVersion, NumberStyles.Number, CultureInfo.InvariantCulture, out var version) && version >= 46.0m;
}

using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary><c>sobjects/{Object}</c> and <c>sobjects/{Object}/{id}</c>: create (201), read, update (204), delete (204).</summary>
internal static class SObjectRowEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/sobjects/{objectName}", CreateAsync);
        api.MapGet("/sobjects/{objectName}/{id}", Read);
        api.MapPatch("/sobjects/{objectName}/{id}", UpdateAsync);
        api.MapDelete("/sobjects/{objectName}/{id}", Delete);
    }

    private static async Task<IResult> CreateAsync(string objectName, SalesforceSession session, HttpRequest request)
    {
        if (StandardSchema.Find(objectName) is not { } type)
        {
            return RestError.NotFound.ToResult();
        }

        var (body, error) = await JsonBody.ReadAsync<JsonObject>(request, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return error!.ToResult();
        }

        var outcome = session.Write(writer => writer.Create(type, body));

        return outcome.Success
            ? Results.Content(RecordJson.Result(outcome).ToJsonString(SandboxJson.Options), "application/json", statusCode: 201)
            : RestError.From(outcome.Errors[0]).ToResult();
    }

    private static IResult Read(string objectName, string id, string? fields, SalesforceSession session)
    {
        if (StandardSchema.Find(objectName) is not { } type)
        {
            return RestError.NotFound.ToResult();
        }

        var selected = new List<FieldDescribe>();
        foreach (var name in (fields ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (type.Field(name) is not { } field)
            {
                return new RestError(400, "INVALID_FIELD", $"No such column '{name}' on entity '{type.Name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.").ToResult();
            }

            selected.Add(field);
        }

        StoredRecord? record;
        DmlError? error;
        lock (session.Store.Gate)
        {
            (record, error) = session.Writer().Locate(type, id);
        }

        if (record is null)
        {
            return RestError.From(error!).ToResult();
        }

        var json = RecordJson.Write(record, selected.Count > 0 ? [type.IdField, .. selected.Where(f => f != type.IdField)] : type.Fields, session.ApiVersion);
        return Results.Content(json.ToJsonString(SandboxJson.Options), "application/json");
    }

    private static async Task<IResult> UpdateAsync(string objectName, string id, SalesforceSession session, HttpRequest request)
    {
        if (StandardSchema.Find(objectName) is not { } type)
        {
            return RestError.NotFound.ToResult();
        }

        var (body, error) = await JsonBody.ReadAsync<JsonObject>(request, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return error!.ToResult();
        }

        var outcome = session.Write(writer => writer.Update(type, id, body));

        return outcome.Success ? Results.NoContent() : RestError.From(outcome.Errors[0]).ToResult();
    }

    private static IResult Delete(string objectName, string id, SalesforceSession session)
    {
        if (StandardSchema.Find(objectName) is not { } type)
        {
            return RestError.NotFound.ToResult();
        }

        var outcome = session.Write(writer => writer.Delete(type, id));

        return outcome.Success ? Results.NoContent() : RestError.From(outcome.Errors[0]).ToResult();
    }
}

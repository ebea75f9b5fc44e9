using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary><c>GET composite/sobjects/{Object}?ids=…&amp;fields=…</c>: records in request order, <c>null</c> for ids not found.</summary>
internal static class CollectionRetrieve
{
    public static IResult Handle(string objectName, string? ids, string? fields, SalesforceSession session)
    {
        if (StandardSchema.Find(objectName) is not { } type)
        {
            return RestError.NotFound.ToResult();
        }

        var selected = new List<FieldDescribe> { type.IdField };
        foreach (var name in (fields ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (type.Field(name) is not { } field)
            {
                return new RestError(400, "INVALID_FIELD", $"No such column '{name}' on entity '{type.Name}'.").ToResult();
            }

            if (field != type.IdField)
            {
                selected.Add(field);
            }
        }

        var list = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length > CollectionEndpoints.MaxRecords)
        {
            return new RestError(400, "EXCEEDED_ID_LIMIT", $"record limit reached. cannot submit more than {CollectionEndpoints.MaxRecords} records into this call", []).ToResult();
        }

        var result = new JsonArray();
        lock (session.Store.Gate)
        {
            foreach (var raw in list)
            {
                var record = RecordId.TryNormalize(raw, type, out var id18) ? session.Store.Table(type).Get(id18) : null;
                result.Add(record is null || record.IsDeleted ? null : RecordJson.Write(record, selected, session.ApiVersion));
            }
        }

        return Results.Content(result.ToJsonString(SandboxJson.Options), "application/json");
    }
}

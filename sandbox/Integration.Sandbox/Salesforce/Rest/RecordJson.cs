using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>Records and values as REST JSON: <c>attributes {type,url}</c> then the fields.</summary>
internal static class RecordJson
{
    public static string Url(string apiVersion, SObjectType type, string id) => $"/services/data/v{apiVersion}/sobjects/{type.Name}/{id}";

    public static JsonObject Attributes(string apiVersion, StoredRecord record) => new()
    {
        ["type"] = record.Type.Name,
        ["url"] = Url(apiVersion, record.Type, record.Id),
    };

    public static JsonObject Write(StoredRecord record, IEnumerable<FieldDescribe> fields, string apiVersion)
    {
        var json = new JsonObject { ["attributes"] = Attributes(apiVersion, record) };
        foreach (var field in fields)
        {
            json[field.Name] = Value(record[field], field.Type);
        }

        return json;
    }

    /// <summary>
    /// A stored value as JSON. Double, currency and percent values keep a decimal point (<c>1500.0</c>), as
    /// Salesforce writes them; int fields are plain integers.
    /// </summary>
    public static JsonNode? Value(object? value, FieldType type) => value switch
    {
        decimal d when type != FieldType.Int => WithDecimalPoint(d),
        _ => Value(value),
    };

    public static decimal WithDecimalPoint(decimal value) => value.Scale == 0 ? value + 0.0m : value;

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        decimal d => d,
        long l => l,
        int i => i,
        DateTimeOffset t => SalesforceDateTime.Format(t),
        DateOnly d => SalesforceDateTime.Format(d),
        _ => throw new InvalidOperationException($"No JSON form for a {value.GetType().Name} value."),
    };

    public static JsonObject Result(DmlOutcome outcome)
    {
        var json = new JsonObject();
        if (outcome.Id is not null)
        {
            json["id"] = outcome.Id;
        }

        json["success"] = outcome.Success;
        json["errors"] = new JsonArray([.. outcome.Errors.Select(e => (JsonNode)new JsonObject
        {
            ["statusCode"] = e.StatusCode,
            ["message"] = e.Message,
            ["fields"] = new JsonArray([.. e.Fields.Select(f => (JsonNode)f)]),
        })]);
        if (outcome.Created is { } created)
        {
            json["created"] = created;
        }

        return json;
    }
}

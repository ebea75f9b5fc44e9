using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary><c>sobjects</c> (global describe) and <c>sobjects/{Object}/describe</c>.</summary>
internal static class DescribeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/sobjects", (SalesforceSession session) => Json(new JsonObject
        {
            ["encoding"] = "UTF-8",
            ["maxBatchSize"] = 200,
            ["sobjects"] = new JsonArray([.. StandardSchema.All.Select(t => (JsonNode)Summary(t, session.ApiVersion))]),
        }));
        api.MapGet("/sobjects/{objectName}/describe", (string objectName, SalesforceSession session) =>
            StandardSchema.Find(objectName) is { } type ? Json(Describe(type, session.ApiVersion)) : RestError.NotFound.ToResult());
    }

    private static JsonObject Summary(SObjectType type, string apiVersion) => new()
    {
        ["name"] = type.Name,
        ["label"] = type.Name,
        ["keyPrefix"] = type.KeyPrefix,
        ["custom"] = false,
        ["createable"] = true,
        ["updateable"] = true,
        ["deletable"] = true,
        ["queryable"] = true,
        ["urls"] = new JsonObject
        {
            ["sobject"] = $"/services/data/v{apiVersion}/sobjects/{type.Name}",
            ["describe"] = $"/services/data/v{apiVersion}/sobjects/{type.Name}/describe",
            ["rowTemplate"] = $"/services/data/v{apiVersion}/sobjects/{type.Name}/{{ID}}",
        },
    };

    private static JsonObject Describe(SObjectType type, string apiVersion)
    {
        var json = Summary(type, apiVersion);
        json["fields"] = new JsonArray([.. type.Fields.Select(f => (JsonNode)Field(f))]);
        return json;
    }

    private static JsonObject Field(FieldDescribe field) => new()
    {
        ["name"] = field.Name,
        ["label"] = field.Label,
        ["type"] = field.Type.DescribeName(),
        ["length"] = field.Length,
        ["createable"] = field.Createable,
        ["updateable"] = field.Updateable,
        ["nillable"] = field.Nillable,
        ["defaultedOnCreate"] = field.DefaultedOnCreate,
        ["externalId"] = field.ExternalId,
        ["unique"] = field.Unique,
        ["idLookup"] = field.ExternalId || field.Type == FieldType.Id,
        ["custom"] = field.Name.EndsWith("__c", StringComparison.Ordinal),
        ["relationshipName"] = field.RelationshipName,
        ["referenceTo"] = new JsonArray([.. (field.ReferenceTo is null ? [] : new[] { field.ReferenceTo }).Select(r => (JsonNode)r)]),
        ["picklistValues"] = new JsonArray([.. field.PicklistValues.Select(v => (JsonNode)new JsonObject
        {
            ["active"] = true,
            ["defaultValue"] = false,
            ["label"] = v,
            ["value"] = v,
        })]),
    };

    private static IResult Json(JsonNode node) => Results.Content(node.ToJsonString(SandboxJson.Options), "application/json");
}

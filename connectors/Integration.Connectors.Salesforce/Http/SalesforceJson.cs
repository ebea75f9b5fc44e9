using System.Text.Json;

namespace Integration.Connectors.Salesforce.Http;

/// <summary>The serializer settings of every Salesforce wire DTO (names come from explicit <c>JsonPropertyName</c>s).</summary>
internal static class SalesforceJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

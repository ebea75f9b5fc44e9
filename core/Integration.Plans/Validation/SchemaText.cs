using System.Text.Json;

namespace Integration.Plans.Validation;

/// <summary>Reads the human-facing parts of schema nodes (descriptions, enums, property names) for diagnostics.</summary>
internal static class SchemaText
{
    private const int ShownLength = 60;

    public static string? Description(JsonElement schemaNode) =>
        schemaNode.ValueKind == JsonValueKind.Object && schemaNode.TryGetProperty("description", out var d) ? d.GetString() : null;

    public static string? DescriptionOfProperty(JsonElement objectSchema, string name)
    {
        if (!objectSchema.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(name, out var property))
        {
            return null;
        }

        if (Description(property) is { } description)
        {
            return description;
        }

        return property.TryGetProperty("$ref", out var reference)
            ? Description(JsonPointerNavigation.Resolve(PlanSchema.Root, reference.GetString()!).Element)
            : null;
    }

    public static string? AllowedValues(JsonElement schemaNode) =>
        schemaNode.TryGetProperty("enum", out var values)
            ? "allowed: " + string.Join(", ", values.EnumerateArray().Select(v => v.ToString()))
            : null;

    public static string? AllowedProperties(JsonElement objectSchema) =>
        objectSchema.ValueKind == JsonValueKind.Object && objectSchema.TryGetProperty("properties", out var properties)
            ? "allowed: " + string.Join(", ", properties.EnumerateObject().Select(p => p.Name).Where(n => n != "$schema"))
            : null;

    public static string Keyword(JsonElement schemaNode, string keyword) =>
        schemaNode.ValueKind == JsonValueKind.Object && schemaNode.TryGetProperty(keyword, out var value)
            ? value.ValueKind == JsonValueKind.Array ? string.Join(" or ", value.EnumerateArray().Select(v => v.ToString())) : value.ToString()
            : keyword;

    public static string KindOf(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    public static string Show(JsonElement instance)
    {
        var text = instance.ValueKind switch
        {
            JsonValueKind.String => $"'{instance.GetString()}'",
            JsonValueKind.Object => "{…}",
            JsonValueKind.Array => "[…]",
            _ => instance.GetRawText(),
        };
        return text.Length <= ShownLength ? text : text[..ShownLength] + "…";
    }
}

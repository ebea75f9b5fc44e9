using System.Text.Json;
using Integration.Plans.Validation;

namespace Integration.Plans.Tests.Validation;

public sealed class PlanSchemaTests
{
    [Fact]
    public void Embedded_schema_is_the_published_file()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "plan.schema.json")), PlanSchema.Text);
    }

    [Fact]
    public void Every_property_in_the_schema_has_a_description_for_editors()
    {
        using var schema = JsonDocument.Parse(PlanSchema.Text);
        var undocumented = new List<string>();
        Walk(schema.RootElement, "#", undocumented);

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_object_in_the_schema_forbids_unknown_properties()
    {
        using var schema = JsonDocument.Parse(PlanSchema.Text);
        var open = new List<string>();
        FindOpenObjects(schema.RootElement, "#", open);

        Assert.Equal(["#/$defs/transform"], open);
    }

    private static void Walk(JsonElement node, string location, List<string> undocumented)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var documented = property.Value.TryGetProperty("description", out _)
                    || (property.Value.TryGetProperty("$ref", out var reference) && Resolve(reference.GetString()!).TryGetProperty("description", out _));
                if (!documented)
                {
                    undocumented.Add($"{location}/properties/{property.Name}");
                }
            }
        }

        foreach (var child in node.EnumerateObject())
        {
            Walk(child.Value, $"{location}/{child.Name}", undocumented);
        }
    }

    // Objects whose properties are declared but that accept others; the "if" conditions only select a variant.
    private static void FindOpenObjects(JsonElement node, string location, List<string> open)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("properties", out _) && !node.TryGetProperty("additionalProperties", out _) && !location.EndsWith("/if", StringComparison.Ordinal))
        {
            open.Add(location);
        }

        foreach (var child in node.EnumerateObject())
        {
            FindOpenObjects(child.Value, $"{location}/{child.Name}", open);
        }
    }

    private static JsonElement Resolve(string reference)
    {
        using var schema = JsonDocument.Parse(PlanSchema.Text);
        return reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(schema.RootElement, (node, segment) => node.GetProperty(segment)).Clone();
    }
}

namespace Integration.Core.Schema;

/// <summary>An object's fields as its system describes them.</summary>
/// <param name="Name">The object's API name.</param>
/// <param name="Fields">Its fields.</param>
public sealed record ObjectSchema(string Name, IReadOnlyList<FieldSchema> Fields)
{
    /// <summary>The field named <paramref name="name"/> (API names compare case-insensitively, as all three vendors do), or null.</summary>
    public FieldSchema? Find(string name) =>
        Fields.FirstOrDefault(field => string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase));
}

using System.Text.Json.Nodes;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>
/// A record as the objects API returns it: <c>{id, properties, createdAt, updatedAt, archived[, archivedAt]}</c>.
/// Without requested properties the type's defaults are returned; requested properties without a value come
/// back as null, unknown ones are left out.
/// </summary>
internal static class RecordJson
{
    public static JsonObject Render(ObjectTable table, CrmRecord record, IReadOnlyCollection<string>? requested)
    {
        var properties = new JsonObject();
        var names = requested is { Count: > 0 } ? requested.Where(n => table.Property(n) is not null) : table.Type.DefaultProperties;
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            properties[name] = record.Get(name);
        }

        var json = new JsonObject
        {
            ["id"] = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["properties"] = properties,
            ["createdAt"] = Wire.Timestamp(record.CreatedAt),
            ["updatedAt"] = Wire.Timestamp(record.UpdatedAt),
            ["archived"] = record.Archived,
        };
        if (record.ArchivedAt is { } archivedAt)
        {
            json["archivedAt"] = Wire.Timestamp(archivedAt);
        }

        return json;
    }

    /// <summary>Property names from a query (<c>properties=a,b&amp;properties=c</c>) or a JSON array.</summary>
    public static List<string> Names(IEnumerable<string?> values) =>
        [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}

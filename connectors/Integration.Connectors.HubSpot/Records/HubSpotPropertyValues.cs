using System.Globalization;
using System.Text.Json;
using Integration.Connectors.HubSpot.Objects;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// Converts between HubSpot's property values (always strings on the wire) and core's JSON values.
/// </summary>
internal static class HubSpotPropertyValues
{
    public static IReadOnlyDictionary<string, string> ToWire(IReadOnlyDictionary<string, JsonElement> fields)
    {
        var wire = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            wire[name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                // HubSpot clears a property set to the empty string.
                JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
        }

        return wire;
    }

    public static SourceRecord ToRecord(string objectType, HubSpotObject item)
    {
        var fields = new Dictionary<string, JsonElement>(item.Properties.Count, StringComparer.Ordinal);
        foreach (var (name, value) in item.Properties)
        {
            fields[name] = JsonSerializer.SerializeToElement(value);
        }

        return new SourceRecord(objectType, item.Id, fields, new RecordVersion(ModifiedAt(objectType, item)), item.Archived);
    }

    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }

    private static DateTimeOffset ModifiedAt(string objectType, HubSpotObject item)
    {
        item.Properties.TryGetValue(HubSpotModificationProperty.For(objectType), out var modified);
        return ParseInstant(modified) ?? item.UpdatedAt ?? item.ArchivedAt ?? item.CreatedAt ?? DateTimeOffset.MinValue;
    }
}

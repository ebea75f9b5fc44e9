using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Properties;

/// <summary>
/// Reads a <c>properties</c> object and checks each value against the property's type, the way HubSpot answers:
/// 400 VALIDATION_ERROR "Property values were not valid: [...]" with the per-property results embedded as JSON.
/// Values are kept as strings (numbers as written, booleans lower-case, datetimes as ISO, dates as yyyy-MM-dd,
/// emails lower-case).
/// </summary>
internal static class PropertyValues
{
    public static Dictionary<string, string?> Read(JsonObject? properties)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, node) in properties ?? [])
        {
            values[name] = node switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
                _ => node.ToJsonString(),
            };
        }

        return values;
    }

    /// <summary>Normalises <paramref name="values"/> in place; returns the problem when any value is not valid.</summary>
    public static WriteProblem? Check(ObjectTable table, Dictionary<string, string?> values)
    {
        var invalid = new JsonArray();
        foreach (var (name, value) in values.ToList())
        {
            var (error, message, normalised) = CheckOne(table.Property(name), name, value);
            if (error is null)
            {
                values[name] = normalised;
                continue;
            }

            invalid.Add(new JsonObject
            {
                ["isValid"] = false,
                ["message"] = message,
                ["error"] = error,
                ["name"] = name,
                ["localizedErrorMessage"] = message,
            });
        }

        return invalid.Count == 0 ? null
            : new WriteProblem(400, "VALIDATION_ERROR", "Property values were not valid: " + invalid.ToJsonString(SandboxJson.Options));
    }

    private static (string? Error, string? Message, string? Value) CheckOne(PropertyDefinition? property, string name, string? value)
    {
        if (property is null)
        {
            return ("PROPERTY_DOESNT_EXIST", $"Property \"{name}\" does not exist", null);
        }

        if (property.ReadOnlyValue)
        {
            return ("READ_ONLY_VALUE", $"\"{name}\" is a read only property; its value cannot be set.", null);
        }

        if (string.IsNullOrEmpty(value))
        {
            return (null, null, value is null ? null : string.Empty);
        }

        return property.Type switch
        {
            "number" => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? (null, null, value) : ("INVALID_DECIMAL", $"{value} was not a valid number.", null),
            "bool" => bool.TryParse(value, out var flag)
                ? (null, null, flag ? "true" : "false") : ("INVALID_BOOLEAN", $"{value} was not a valid boolean.", null),
            "enumeration" => property.Options.Any(o => o.Value == value)
                ? (null, null, value)
                : ("INVALID_OPTION", $"{value} was not one of the allowed options: [{string.Join(", ", property.Options.Select(o => o.Value))}]", null),
            "datetime" => Wire.TryParseInstant(value, out var instant)
                ? (null, null, Wire.Timestamp(instant)) : ("INVALID_DATETIME", $"{value} is not a valid datetime.", null),
            "date" => Wire.TryParseInstant(value, out var day) && day.UtcDateTime.TimeOfDay == TimeSpan.Zero
                ? (null, null, Wire.Date(day)) : ("INVALID_DATE", $"{value} is not at midnight UTC; dates must be midnight UTC.", null),
            _ when name == "email" => value.Contains('@', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal)
                ? (null, null, value.ToLowerInvariant()) : ("INVALID_EMAIL", $"Email address {value} is invalid", null),
            _ => (null, null, value),
        };
    }
}

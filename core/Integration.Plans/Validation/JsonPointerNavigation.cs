using System.Text.Json;
using Integration.Plans.Loading;

namespace Integration.Plans.Validation;

/// <summary>Follows JSON Pointers through plan and schema documents.</summary>
internal static class JsonPointerNavigation
{
    public static IEnumerable<string> Segments(string pointer) => pointer.TrimStart('#')
        .Split('/', StringSplitOptions.RemoveEmptyEntries)
        .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    /// <summary>The element at <paramref name="pointer"/> and its JSON path; stops at the last segment that exists.</summary>
    public static (JsonElement Element, string Path) Resolve(JsonElement root, string pointer)
    {
        var element = root;
        var path = JsonPathText.Root;
        foreach (var segment in Segments(pointer))
        {
            if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
                path = JsonPathText.Index(path, index);
            }
            else if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
            {
                element = child;
                path = JsonPathText.Property(path, segment);
            }
            else
            {
                break;
            }
        }

        return (element, path);
    }

    /// <summary>The JSON path of an instance pointer, keeping segments that do not (yet) exist as properties.</summary>
    public static string ToJsonPath(JsonElement root, string pointer)
    {
        var element = (JsonElement?)root;
        var path = JsonPathText.Root;
        foreach (var segment in Segments(pointer))
        {
            if (element is { ValueKind: JsonValueKind.Array } array && int.TryParse(segment, out var index))
            {
                path = JsonPathText.Index(path, index);
                element = index < array.GetArrayLength() ? array[index] : null;
            }
            else
            {
                path = JsonPathText.Property(path, segment);
                element = element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(segment, out var child) ? child : null;
            }
        }

        return path;
    }
}

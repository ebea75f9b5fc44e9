using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Functions.Storage;

/// <summary>The JSON shape of queue messages and table payloads: web defaults, enums as strings.</summary>
public static class MessageJson
{
    /// <summary>The serializer options every message and stored payload uses.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}

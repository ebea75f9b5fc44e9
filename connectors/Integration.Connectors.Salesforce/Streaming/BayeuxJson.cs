using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>Serializer settings of Bayeux messages: explicit names, absent members left out.</summary>
internal static class BayeuxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

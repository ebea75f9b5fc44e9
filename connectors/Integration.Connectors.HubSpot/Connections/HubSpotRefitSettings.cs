using System.Text.Json;
using System.Text.Json.Serialization;
using Integration.Connectors.HubSpot.Errors;
using Refit;

namespace Integration.Connectors.HubSpot.Connections;

/// <summary>Refit settings for every HubSpot client: System.Text.Json without nulls, errors as <see cref="HubSpotApiException"/>, lower-case booleans in queries.</summary>
internal static class HubSpotRefitSettings
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RefitSettings Create() => new(new SystemTextJsonContentSerializer(Json), new HubSpotUrlParameterFormatter())
    {
        ExceptionFactory = HubSpotApiException.FromResponseAsync,
    };
}

using Integration.Connectors.HubSpot.Associations;
using Integration.Connectors.HubSpot.Batch;
using Integration.Connectors.HubSpot.Objects;
using Integration.Connectors.HubSpot.Properties;
using Integration.Connectors.HubSpot.Search;
using Refit;

namespace Integration.Connectors.HubSpot.Connections;

/// <summary>
/// The generated Refit clients of one connection, over its named HTTP client (auth, retry,
/// request budget). Refit's source-generated path is used: the reflection builder is not available.
/// </summary>
internal sealed record HubSpotClients(
    IHubSpotObjectsApi Objects,
    IHubSpotBatchApi Batch,
    IHubSpotSearchApi Search,
    IHubSpotPropertiesApi Properties,
    IHubSpotAssociationsApi Associations)
{
    public static HubSpotClients Over(HttpClient http)
    {
        var settings = HubSpotRefitSettings.Create();
        return new HubSpotClients(
            RestService.ForGenerated<IHubSpotObjectsApi>(http, settings),
            RestService.ForGenerated<IHubSpotBatchApi>(http, settings),
            RestService.ForGenerated<IHubSpotSearchApi>(http, settings),
            RestService.ForGenerated<IHubSpotPropertiesApi>(http, settings),
            RestService.ForGenerated<IHubSpotAssociationsApi>(http, settings));
    }
}

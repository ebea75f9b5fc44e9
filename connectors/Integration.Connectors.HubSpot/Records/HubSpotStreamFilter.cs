using System.Text.Json;
using Integration.Connectors.HubSpot.Connections;
using Integration.Connectors.HubSpot.Search;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// A mapping's filter for HubSpot: HubSpot has no query language, so a filter is a JSON array of
/// search filters ANDed together, e.g. <c>[{"propertyName":"lifecyclestage","operator":"EQ","value":"customer"}]</c>.
/// </summary>
internal static class HubSpotStreamFilter
{
    public static IReadOnlyList<SearchFilter> Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<SearchFilter>>(filter, HubSpotRefitSettings.Json)
                ?? throw new ArgumentException("A HubSpot filter must be a JSON array of search filters, not null.", nameof(filter));
        }
        catch (JsonException exception)
        {
            throw new ArgumentException(
                $"A HubSpot filter must be a JSON array of search filters ({{\"propertyName\",\"operator\",\"value\"}}); '{filter}' is not: {exception.Message}",
                nameof(filter),
                exception);
        }
    }
}

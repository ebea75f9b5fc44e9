namespace Integration.Connectors.HubSpot.Connections;

/// <summary>The name of a connection's HTTP client in <see cref="IHttpClientFactory"/>.</summary>
internal static class HubSpotHttpClientName
{
    public static string For(string connection) => $"HubSpot:{connection.ToLowerInvariant()}";
}

using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Query;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.NetSuite.Connectors;

/// <summary>
/// Creates a connection's source-generated Refit clients over its named <see cref="HttpClient"/>
/// (base address, resilience, error, concurrency and TBA handlers). <c>RestService.ForGenerated</c> never
/// falls back to reflection, which this registry's Refit (no Refit.Reflection) cannot do.
/// </summary>
internal sealed class NetSuiteClients(IHttpClientFactory httpClients, IOptionsMonitor<NetSuiteOptions> options, NetSuiteRefitSettings settings)
{
    public static string HttpClientName(string connection) => $"NetSuite:{connection}";

    public NetSuiteConnectionOptions Options(string connection)
    {
        var connections = options.CurrentValue.Connections;
        return connections.TryGetValue(connection, out var found)
            ? found
            : throw new KeyNotFoundException(
                $"No NetSuite connection '{connection}' is configured (NetSuite:Connections:{connection}); configured: {(connections.Count == 0 ? "none" : string.Join(", ", connections.Keys))}.");
    }

    public INetSuiteRecordApi Records(string connection)
    {
        Options(connection);
        return Refit.RestService.ForGenerated<INetSuiteRecordApi>(httpClients.CreateClient(HttpClientName(connection)), settings.Settings);
    }

    public INetSuiteQueryApi Query(string connection)
    {
        Options(connection);
        return Refit.RestService.ForGenerated<INetSuiteQueryApi>(httpClients.CreateClient(HttpClientName(connection)), settings.Settings);
    }

    public SuiteQlDateTimes DateTimes(string connection) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(Options(connection).TimeZone));
}

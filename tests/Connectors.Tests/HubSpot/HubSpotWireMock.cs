using System.Text.Json.Nodes;
using Integration.Connectors.HubSpot.Connections;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Server;

namespace Integration.Connectors.Tests.HubSpot;

/// <summary>A WireMock server standing in for HubSpot, and the connector built against it by <c>AddHubSpotConnector</c>.</summary>
internal sealed class HubSpotWireMock : IDisposable
{
    public HubSpotWireMock(IDictionary<string, string?>? overrides = null, TimeProvider? time = null)
    {
        Server = WireMockServer.Start();
        Services = HubSpotTestHost.Build(Server.Url!, time, overrides);
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public HubSpotConnector Connector => Services.GetRequiredService<HubSpotConnectorFactory>().CreateHubSpot("main");

    public HubSpotClients Clients => HubSpotClients.Over(
        Services.GetRequiredService<IHttpClientFactory>().CreateClient(HubSpotHttpClientName.For("main")));

    public IReadOnlyList<IRequestMessage> Requests =>
        Server.LogEntries.Select(entry => entry.RequestMessage).OfType<IRequestMessage>().OrderBy(request => request.DateTime).ToList();

    /// <summary>Pins one request: method, path, query, bearer token and (when given) the JSON body.</summary>
    public static void AssertRequest(IRequestMessage request, string method, string path, string? query = null, string? body = null)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(query ?? string.Empty, (request.RawQuery ?? string.Empty).TrimStart('?'));
        Assert.Equal($"Bearer {HubSpotTestHost.Token}", request.Headers!["Authorization"].Single());
        if (body is not null)
        {
            var expected = JsonNode.Parse(body);
            var actual = JsonNode.Parse(request.Body!);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"body sent:\n{request.Body}\nexpected:\n{body}");
        }
    }

    public void Dispose()
    {
        Services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

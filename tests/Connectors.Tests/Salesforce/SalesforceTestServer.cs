using System.Collections.Specialized;
using System.Text.Json.Nodes;
using System.Web;
using Integration.Connectors.Salesforce;
using Integration.Connectors.Salesforce.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Integration.Connectors.Tests.Salesforce;

/// <summary>
/// A WireMock Salesforce (login server and instance on one port) and the connector built against it by
/// the same <c>AddSalesforceConnector</c> the app uses, with millisecond back-offs.
/// </summary>
internal sealed class SalesforceTestServer : IDisposable
{
    public const string Connection = "main";
    public const string ClientId = "3MVG9test-client";
    public const string ClientSecret = "s3cret-value-never-logged";
    public const string DataPath = "/services/data/v68.0";

    private ServiceProvider? _provider;

    public SalesforceTestServer(IDictionary<string, string?>? settings = null, bool stubToken = true)
    {
        Server = WireMockServer.Start();
        Settings = new Dictionary<string, string?>
        {
            [$"Connections:{Connection}:LoginUrl"] = Server.Url,
            [$"Connections:{Connection}:ClientId"] = ClientId,
            [$"Connections:{Connection}:ClientSecret"] = ClientSecret,
            ["Resilience:MaxRetryAttempts"] = "3",
            ["Resilience:RetryBaseDelay"] = "00:00:00.001",
            ["Resilience:AttemptTimeout"] = "00:00:05",
            ["Resilience:TotalTimeout"] = "00:00:15",
            ["RecordRetryBaseDelay"] = "00:00:00.001",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        if (stubToken)
        {
            StubToken("token-1");
        }
    }

    public WireMockServer Server { get; }

    public Dictionary<string, string?> Settings { get; }

    public ServiceProvider Provider => _provider ??= Build(Settings);

    public SalesforceConnector Connector => Provider.GetRequiredService<SalesforceConnectorFactory>().Get(Connection);

    public static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSalesforceConnector(configuration)
            .BuildServiceProvider();
    }

    public void StubToken(string accessToken) =>
        Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost())
            .RespondWith(Json(200, TokenJson(accessToken)));

    public string TokenJson(string accessToken) =>
        $$"""{"access_token":"{{accessToken}}","instance_url":"{{Server.Url}}","id":"{{Server.Url}}/id/00Dxx0000001gPL/005xx000001SwiU","token_type":"Bearer","issued_at":"1796032530000","signature":"c2lnbmF0dXJl"}""";

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status)
            .WithHeader("Content-Type", "application/json;charset=UTF-8")
            .WithHeader("Sforce-Limit-Info", "api-usage=18/15000")
            .WithBody(body);

    /// <summary>The requests to the REST API (token requests left out), in arrival order.</summary>
    public IReadOnlyList<IRequestMessage> DataRequests() =>
        Requests().Where(r => r.Path.StartsWith("/services/data/", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<IRequestMessage> TokenRequests() =>
        Requests().Where(r => r.Path == "/services/oauth2/token").ToList();

    public IReadOnlyList<IRequestMessage> Requests() =>
        Server.LogEntries.Select(e => e.RequestMessage!).OrderBy(r => r.DateTime).ToList();

    public static NameValueCollection Query(IRequestMessage request) => HttpUtility.ParseQueryString(request.RawQuery ?? "");

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static void AssertJsonEqual(string expected, string? actual) =>
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual ?? "null")),
            $"JSON differs.\nExpected: {JsonNode.Parse(expected)?.ToJsonString()}\nActual:   {actual}");

    public void Dispose()
    {
        _provider?.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

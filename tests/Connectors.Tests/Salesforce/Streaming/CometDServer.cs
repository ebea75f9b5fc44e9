using System.Text.Json.Nodes;
using Integration.Connectors.Salesforce;
using Integration.Core.ChangeFeed;
using Integration.Core.Changes;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

/// <summary>
/// Scripted Streaming API exchanges on the WireMock Salesforce: handshake, subscribe and connect replies in
/// sequence (WireMock scenarios), and the change feed built by <c>AddSalesforceConnector</c> against it.
/// </summary>
internal sealed class CometDServer : IDisposable
{
    public const string CometDPath = "/cometd/68.0";
    public const string System = "crm";
    public const string AllChannel = "/data/ChangeEvents";
    public const string Stream = "salesforce:main:/data/ChangeEvents";
    public const string ConnectOk = """{"channel":"/meta/connect","clientId":"CLIENT","successful":true,"advice":{"interval":0,"timeout":110000,"reconnect":"retry"}}""";

    public CometDServer(IDictionary<string, string?>? settings = null, bool stubToken = true)
    {
        var all = new Dictionary<string, string?>
        {
            ["Streaming:ReconnectBaseDelay"] = "00:00:00.001",
            ["Streaming:ReconnectMaxDelay"] = "00:00:00.005",
            ["Streaming:RequestTimeout"] = "00:00:05",
            ["Streaming:ConnectTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Sf = new SalesforceTestServer(all, stubToken);
        Sf.Server.Given(Meta("/meta/disconnect")).RespondWith(Reply("""[{"channel":"/meta/disconnect","successful":true}]"""));
    }

    public SalesforceTestServer Sf { get; }

    public IChangeFeed Feed() =>
        Sf.Provider.GetRequiredService<ISalesforceChangeFeedFactory>().CreateChangeFeed(SalesforceTestServer.Connection, System);

    /// <summary>Handshake replies in order, one per client id; the last one repeats. Sets a session cookie.</summary>
    public void Handshakes(params string[] clientIds) => Sequence("handshake", Meta("/meta/handshake"), clientIds.Select(id =>
        Reply($$"""[{"ext":{"replay":true,"payload.format":true},"minimumVersion":"1.0","clientId":"{{id}}","supportedConnectionTypes":["long-polling"],"channel":"/meta/handshake","version":"1.0","successful":true,"reestablish":false}]""")
            .WithHeader("Set-Cookie", "BAYEUX_BROWSER=5dab" + id + "; Path=/cometd; HttpOnly", "sfdc-stream=!stream-" + id + "; Path=/")).ToArray());

    /// <summary>Subscribe replies in order (raw JSON arrays); the last one repeats.</summary>
    public void Subscribes(params string[] replies) => Sequence("subscribe", Meta("/meta/subscribe"), replies.Select(Reply).ToArray());

    public static string SubscribeOk(string channel = AllChannel) =>
        $$"""[{"clientId":"CLIENT","channel":"/meta/subscribe","subscription":"{{channel}}","successful":true}]""";

    /// <summary>Connect replies in order (raw JSON arrays); afterwards a quiet long poll held for <paramref name="hold"/>.</summary>
    public void Connects(TimeSpan hold, params string[] replies) =>
        Sequence("connect", Meta("/meta/connect"), [.. replies.Select(Reply), Reply($"[{ConnectOk}]").WithDelay(hold)]);

    public void Connects(params string[] replies) => Connects(TimeSpan.FromSeconds(2), replies);

    /// <summary>A connect reply: the events, then the meta reply.</summary>
    public static string Delivery(params string[] events) => "[" + string.Join(",", [.. events, ConnectOk]) + "]";

    /// <summary>The Bayeux requests (one message each), in arrival order.</summary>
    public IReadOnlyList<IRequestMessage> BayeuxRequests() => Sf.Requests().Where(r => r.Path == CometDPath).ToList();

    public static JsonObject Message(IRequestMessage request)
    {
        var array = Assert.IsType<JsonArray>(JsonNode.Parse(request.Body!));
        return Assert.IsType<JsonObject>(Assert.Single(array));
    }

    public IReadOnlyList<string> Channels() => BayeuxRequests().Select(r => (string)Message(r)["channel"]!).ToList();

    public IReadOnlyList<JsonObject> Requests(string channel) =>
        BayeuxRequests().Select(Message).Where(m => (string?)m["channel"] == channel).ToList();

    /// <summary>Reads until <paramref name="count"/> batches arrived (then stops the read), or fails after 10 s saying so.</summary>
    public async Task<IReadOnlyList<ChangeFeedBatch>> ReadAsync(IChangeFeed feed, StreamPosition? from, int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var batches = new List<ChangeFeedBatch>();
        try
        {
            await foreach (var batch in feed.ReadAsync(from, timeout.Token))
            {
                batches.Add(batch);
                if (batches.Count == count)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Awaited {count} batch(es) from the change feed within 10 s; got {batches.Count}. Bayeux requests: {string.Join(", ", Channels())}");
        }

        return batches;
    }

    public static IRequestBuilder Meta(string channel) =>
        Request.Create().WithPath(CometDPath).UsingPost().WithBody(new RegexMatcher("\"channel\":\"" + channel + "\""));

    public static IResponseBuilder Reply(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json;charset=UTF-8").WithBody(body);

    public void Sequence(string scenario, IRequestBuilder request, IResponseBuilder[] responses)
    {
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = Sf.Server.Given(request).InScenario(scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"{scenario}-{i}");
            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"{scenario}-{i + 1}");
            }

            mapping.RespondWith(responses[i]);
        }
    }

    public void Dispose() => Sf.Dispose();
}

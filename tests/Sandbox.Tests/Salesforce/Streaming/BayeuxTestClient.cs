using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

/// <summary>
/// A minimal Bayeux long-polling client for the sandbox's tests (the connector has its own): cookies kept,
/// one JSON array per request, and every connect bounded so a missing event fails the test instead of hanging.
/// </summary>
public sealed class BayeuxTestClient : IDisposable
{
    private static readonly TimeSpan ConnectWait = TimeSpan.FromSeconds(10);
    private readonly HttpClient _http;
    private int _messageId;

    public BayeuxTestClient(Uri baseUrl, string? token, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true }) { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
        Token = token;
    }

    public CookieContainer Cookies { get; }
    public string? Token { get; set; }
    public string? ClientId { get; private set; }

    public async Task<JsonObject> HandshakeAsync()
    {
        var reply = (await SendAsync(new JsonObject
        {
            ["channel"] = "/meta/handshake",
            ["version"] = "1.0",
            ["supportedConnectionTypes"] = new JsonArray("long-polling"),
            ["ext"] = new JsonObject { ["replay"] = true },
        }))[0]!.AsObject();
        ClientId = (string?)reply["clientId"];
        return reply;
    }

    public async Task<JsonObject> SubscribeAsync(string channel, long? replayId = null)
    {
        var message = Message("/meta/subscribe");
        message["subscription"] = channel;
        if (replayId is { } id)
        {
            message["ext"] = new JsonObject { ["replay"] = new JsonObject { [channel] = id } };
        }

        return (await SendAsync(message))[0]!.AsObject();
    }

    /// <summary>One connect: the data messages it brought and the connect reply (last in the array).</summary>
    public async Task<(IReadOnlyList<JsonObject> Events, JsonObject Reply)> ConnectAsync()
    {
        var message = Message("/meta/connect");
        message["connectionType"] = "long-polling";
        var answer = await SendAsync(message).WaitAsync(ConnectWait, TestContext.Current.CancellationToken);
        var all = answer.Select(m => m!.AsObject()).ToList();
        return (all[..^1], all[^1]);
    }

    /// <summary>Connects until <paramref name="count"/> events arrived; fails naming what was missing.</summary>
    public async Task<IReadOnlyList<JsonObject>> CollectAsync(int count)
    {
        var events = new List<JsonObject>();
        while (events.Count < count)
        {
            try
            {
                var (batch, reply) = await ConnectAsync();
                Assert.True((bool?)reply["successful"] == true, $"connect failed: {reply.ToJsonString()}");
                events.AddRange(batch);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"waited {ConnectWait.TotalSeconds} s for event {events.Count + 1} of {count}; got: {string.Join(", ", events.Select(Describe))}");
            }
        }

        return events;
    }

    public async Task<JsonObject> DisconnectAsync() => (await SendAsync(Message("/meta/disconnect")))[0]!.AsObject();

    public async Task<JsonArray> SendAsync(params JsonObject[] messages)
    {
        using var response = await PostAsync(new JsonArray([.. messages]).ToJsonString());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"cometd answered {(int)response.StatusCode}");
        return (await SalesforceTestOrg.ReadAsync(response))!.AsArray();
    }

    public Task<HttpResponseMessage> PostAsync(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"cometd/{SalesforceTestOrg.Version}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return _http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static JsonObject Header(JsonObject dataMessage) => dataMessage["data"]!["payload"]!["ChangeEventHeader"]!.AsObject();

    public static JsonObject Payload(JsonObject dataMessage) => dataMessage["data"]!["payload"]!.AsObject();

    public static long ReplayId(JsonObject dataMessage) => (long)dataMessage["data"]!["event"]!["replayId"]!;

    public static string Describe(JsonObject dataMessage) => $"{Header(dataMessage)["entityName"]} {Header(dataMessage)["changeType"]} #{ReplayId(dataMessage)}";

    public void Dispose() => _http.Dispose();

    private JsonObject Message(string channel) => new()
    {
        ["channel"] = channel,
        ["clientId"] = ClientId,
        ["id"] = (++_messageId).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

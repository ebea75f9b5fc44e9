using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.Salesforce.Auth;
using Integration.Sandbox.Salesforce.Rest;
using Integration.Sandbox.Salesforce.Streaming.EventBus;
using Integration.Sandbox.Salesforce.Streaming.Sessions;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>
/// <c>POST /cometd/NN.N</c>: a JSON array of Bayeux messages (a bare object is refused with HTTP 400, as from
/// Winter '27; bodies over 32,768 bytes get 413) answered by a JSON array: the data messages of a connect, then
/// each reply in request order. Bayeux-level errors travel in the replies with HTTP 200.
/// </summary>
internal static class BayeuxEndpoint
{
    public const int MaxBodyBytes = 32_768;

    public static void Map(IEndpointRouteBuilder salesforce) =>
        salesforce.MapPost("/cometd/{version:regex(^\\d+\\.\\d$)}", HandleAsync);

    private static async Task HandleAsync(HttpContext http, AccessTokenRegistry tokens, BayeuxClientRegistry clients, SalesforceSandboxOptions options, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await PlainAsync(http, 413, "Request body exceeds 32768 bytes", cancellationToken);
            return;
        }

        if (!http.Request.HasJsonContentType())
        {
            await PlainAsync(http, 400, "Content-Type must be application/json", cancellationToken);
            return;
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            await PlainAsync(http, 400, $"Malformed JSON: {exception.Message}", cancellationToken);
            return;
        }

        if (body is not JsonArray messages || messages.Any(m => m is not JsonObject))
        {
            await PlainAsync(http, 400, "Bayeux messages must be sent as a JSON array of message objects", cancellationToken);
            return;
        }

        var token = ApiRequestGate.BearerToken(http.Request);
        var exchange = new BayeuxExchange(http, tokens.Validate(token), token is not null, clients, options.Streaming, time, lifetime.ApplicationStopping);
        var output = new List<string>();
        foreach (var request in messages.Cast<JsonObject>())
        {
            var reply = BayeuxReply.Channel(request) switch
            {
                "/meta/handshake" => MetaHandshake.Handle(exchange, request),
                "/meta/subscribe" or "/meta/unsubscribe" => MetaSubscribe.Handle(exchange, request),
                "/meta/disconnect" => MetaDisconnect.Handle(exchange, request),
                "/meta/connect" => await ConnectAsync(exchange, request, output, cancellationToken),
                var other => BayeuxReply.Failure(request, $"400::Unknown channel {{{other}}}"),
            };
            output.Add(reply.ToJsonString(SandboxJson.Options));
        }

        http.Response.ContentType = "application/json;charset=UTF-8";
        await http.Response.WriteAsync($"[{string.Join(',', output)}]", cancellationToken);
    }

    private static async Task<JsonObject> ConnectAsync(BayeuxExchange exchange, JsonObject request, List<string> output, CancellationToken cancellationToken)
    {
        var (events, reply) = await MetaConnect.HandleAsync(exchange, request, cancellationToken);
        output.AddRange(events.Select(DataMessage));
        return reply;
    }

    /// <summary><c>{"channel","data":{"schema","payload","event":{"replayId"}}}</c>, the payload written as retained.</summary>
    private static string DataMessage(Delivery delivery)
    {
        var retained = delivery.Event;
        return new StringBuilder(retained.PayloadJson.Length + 160)
            .Append("{\"channel\":").Append(JsonSerializer.Serialize(delivery.Channel, SandboxJson.Options))
            .Append(",\"data\":{\"schema\":\"").Append(retained.Schema)
            .Append("\",\"payload\":").Append(retained.PayloadJson)
            .Append(",\"event\":{\"replayId\":").Append(retained.ReplayId).Append("}}}")
            .ToString();
    }

    private static async Task PlainAsync(HttpContext http, int status, string message, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain;charset=UTF-8";
        await http.Response.WriteAsync(message, cancellationToken);
    }
}

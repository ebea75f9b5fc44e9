using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>Bayeux reply messages: the request's channel, clientId and id echoed, <c>successful</c>, and an error with advice on failure.</summary>
internal static class BayeuxReply
{
    public const string UnknownClient = "403::Unknown client";
    public const string AuthenticationInvalid = "401::Authentication invalid";

    public static JsonObject Success(JsonObject request, string? clientId = null)
    {
        var reply = new JsonObject { ["channel"] = Channel(request) };
        if ((clientId ?? (string?)request["clientId"]) is { } id)
        {
            reply["clientId"] = id;
        }

        reply["successful"] = true;
        return Echo(request, reply);
    }

    public static JsonObject Failure(JsonObject request, string error, JsonObject? advice = null)
    {
        var reply = Success(request);
        reply["successful"] = false;
        reply["error"] = error;
        if (advice is not null)
        {
            reply["advice"] = advice;
        }

        return reply;
    }

    /// <summary>The session is gone: handshake again (then resubscribe).</summary>
    public static JsonObject Unknown(JsonObject request) =>
        Failure(request, UnknownClient, new JsonObject { ["reconnect"] = "handshake", ["interval"] = 0 });

    /// <summary>The token expired or was revoked: re-authenticate, do not retry with it.</summary>
    public static JsonObject Unauthenticated(JsonObject request) =>
        Failure(request, AuthenticationInvalid, new JsonObject { ["reconnect"] = "none" });

    public static string Channel(JsonObject request) => request["channel"] is JsonValue value && value.TryGetValue<string>(out var channel) ? channel : string.Empty;

    private static JsonObject Echo(JsonObject request, JsonObject reply)
    {
        if (request["id"] is { } id)
        {
            reply["id"] = id.DeepClone();
        }

        return reply;
    }
}

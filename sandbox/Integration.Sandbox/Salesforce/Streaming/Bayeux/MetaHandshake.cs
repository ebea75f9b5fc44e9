using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>
/// <c>/meta/handshake</c>: a new client id and the <c>BAYEUX_BROWSER</c> cookie. As in Salesforce's sample the reply
/// has no advice (connect replies carry it) and its ext announces replay. A bad token is refused with
/// <c>403::Handshake denied</c> and the reason in <c>ext.sfdc.failureReason</c>.
/// </summary>
internal static class MetaHandshake
{
    public static JsonObject Handle(BayeuxExchange exchange, JsonObject request)
    {
        if (exchange.Org is null)
        {
            var reason = exchange.HasToken ? BayeuxReply.AuthenticationInvalid : "401::Request requires authentication";
            var denied = BayeuxReply.Failure(request, "403::Handshake denied", new JsonObject { ["reconnect"] = "none", ["interval"] = 0 });
            denied["ext"] = new JsonObject { ["sfdc"] = new JsonObject { ["failureReason"] = reason } };
            return denied;
        }

        var types = request["supportedConnectionTypes"] as JsonArray;
        if (types is not null && !types.Any(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s == "long-polling"))
        {
            return BayeuxReply.Failure(request, $"400::Invalid connection type {types.ToJsonString()}");
        }

        var client = exchange.Clients.Handshake(exchange.Org, exchange.BrowserId);
        exchange.Http.Response.Cookies.Append(BayeuxExchange.BrowserCookie, client.BrowserId, new CookieOptions { Path = "/", HttpOnly = true });
        var reply = BayeuxReply.Success(request, client.ClientId);
        reply["version"] = "1.0";
        reply["minimumVersion"] = "1.0";
        reply["supportedConnectionTypes"] = new JsonArray("long-polling");
        reply["reestablish"] = false;
        reply["ext"] = new JsonObject { ["replay"] = true, ["payload.format"] = true };
        return reply;
    }
}

using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Streaming.Sessions;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>
/// What every message after the handshake needs: a valid token (else <c>401::Authentication invalid</c>), a live
/// client of the token's org (else <c>403::Unknown client</c>) and the browser cookie the handshake set.
/// </summary>
internal static class ClientCheck
{
    public static BayeuxClient? Admit(BayeuxExchange exchange, JsonObject request, out JsonObject? failure)
    {
        failure = null;
        if (exchange.Org is null)
        {
            failure = BayeuxReply.Unauthenticated(request);
            return null;
        }

        var clientId = request["clientId"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
        var client = exchange.Clients.Find(clientId, exchange.Org);
        if (client is null)
        {
            failure = BayeuxReply.Unknown(request);
            return null;
        }

        if (exchange.Options.RequireCookies && exchange.BrowserId != client.BrowserId)
        {
            failure = BayeuxReply.Failure(request, $"400::Client {client.ClientId} has established a session, but no {BayeuxExchange.BrowserCookie} cookie present");
            return null;
        }

        return client;
    }
}

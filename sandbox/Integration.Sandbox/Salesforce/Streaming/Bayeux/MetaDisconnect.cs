using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary><c>/meta/disconnect</c>: the server forgets the client; a connect it still holds returns.</summary>
internal static class MetaDisconnect
{
    public static JsonObject Handle(BayeuxExchange exchange, JsonObject request)
    {
        var client = ClientCheck.Admit(exchange, request, out var failure);
        if (client is null)
        {
            return failure!;
        }

        exchange.Clients.Remove(client);
        return BayeuxReply.Success(request);
    }
}

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>The Bayeux meta channels and constants a long-polling client uses.</summary>
internal static class BayeuxChannels
{
    public const string Handshake = "/meta/handshake";
    public const string Subscribe = "/meta/subscribe";
    public const string Connect = "/meta/connect";
    public const string Disconnect = "/meta/disconnect";
    public const string Version = "1.0";
    public const string LongPolling = "long-polling";
}

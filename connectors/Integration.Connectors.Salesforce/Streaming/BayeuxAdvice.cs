using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The server's advice on a <c>/meta/connect</c> reply: how to reconnect (<c>retry</c>, <c>handshake</c>,
/// <c>none</c>), how long to wait before the next connect (<c>interval</c>, ms) and how long the server holds a
/// long poll (<c>timeout</c>, ms; 110,000 on Salesforce).
/// </summary>
internal sealed record BayeuxAdvice
{
    public const string Retry = "retry";
    public const string Handshake = "handshake";
    public const string None = "none";

    [JsonPropertyName("reconnect")]
    public string? Reconnect { get; init; }

    [JsonPropertyName("interval")]
    public long? Interval { get; init; }

    [JsonPropertyName("timeout")]
    public long? Timeout { get; init; }
}

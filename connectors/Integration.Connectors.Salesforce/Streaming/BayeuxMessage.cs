using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// One Bayeux 1.0 message as it travels in the JSON arrays of a CometD long-polling exchange: a meta request
/// or reply (<c>/meta/handshake</c>, <c>/meta/subscribe</c>, <c>/meta/connect</c>, <c>/meta/disconnect</c>) or
/// an event on a data channel. Absent members are left out of the JSON.
/// </summary>
internal sealed record BayeuxMessage
{
    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("supportedConnectionTypes")]
    public IReadOnlyList<string>? SupportedConnectionTypes { get; init; }

    [JsonPropertyName("connectionType")]
    public string? ConnectionType { get; init; }

    [JsonPropertyName("subscription")]
    public string? Subscription { get; init; }

    [JsonPropertyName("successful")]
    public bool? Successful { get; init; }

    /// <summary>The failure, <c>&lt;code&gt;::&lt;message&gt;</c> (<c>403::Unknown client</c>).</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("advice")]
    public BayeuxAdvice? Advice { get; init; }

    /// <summary>Extensions: the replay map on subscribe, <c>sfdc.failureReason</c> on a denied handshake.</summary>
    [JsonPropertyName("ext")]
    public JsonObject? Ext { get; init; }

    /// <summary>An event's body: <c>{"schema","payload":{ChangeEventHeader,…},"event":{"replayId"}}</c>.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    /// <summary>Whether this is a reply to (or request on) the meta channel <paramref name="channel"/>.</summary>
    public bool Is(string channel) => string.Equals(Channel, channel, StringComparison.Ordinal);
}

using Integration.Core.Changes;

namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// What the receiver decided: accepted with the change events to enqueue, or rejected with the
/// status to answer (401 bad or missing signature or stale timestamp, 400 malformed body, 413 too
/// large, 404 unknown connection) and a reason. Enqueue nothing unless <see cref="Accepted"/>.
/// </summary>
public sealed record HubSpotWebhookResult
{
    private HubSpotWebhookResult(int statusCode, IReadOnlyList<ChangeEvent> events, string? reason, int ignored)
    {
        StatusCode = statusCode;
        Events = events;
        Reason = reason;
        Ignored = ignored;
    }

    /// <summary>The HTTP status to answer: 200 when accepted.</summary>
    public int StatusCode { get; }

    /// <summary>Whether the delivery is authentic and well formed.</summary>
    public bool Accepted => StatusCode == 200;

    /// <summary>The change events parsed from an accepted delivery; empty when rejected.</summary>
    public IReadOnlyList<ChangeEvent> Events { get; }

    /// <summary>Why the delivery was rejected; null when accepted. Never contains the secret or the expected signature.</summary>
    public string? Reason { get; }

    /// <summary>Events of subscription types the connector does not map (accepted and skipped).</summary>
    public int Ignored { get; }

    internal static HubSpotWebhookResult Accept(IReadOnlyList<ChangeEvent> events, int ignored) => new(200, events, null, ignored);

    internal static HubSpotWebhookResult Reject(int statusCode, string reason) => new(statusCode, [], reason, 0);
}

using Integration.Core.Changes;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// What the HTTP function answers a NetSuite webhook with, and what it enqueues: events only when
/// <see cref="StatusCode"/> is 202; 401 (signature, timestamp or secret), 400 (malformed) and 413 (too large)
/// come with no events and a reason safe to return.
/// </summary>
/// <param name="StatusCode">The HTTP status to answer: 202, 400, 401 or 413.</param>
/// <param name="Events">The change events to enqueue (empty unless accepted).</param>
/// <param name="Error">Why the webhook was rejected; null when accepted.</param>
public sealed record NetSuiteWebhookResult(int StatusCode, IReadOnlyList<ChangeEvent> Events, string? Error)
{
    /// <summary>Whether the webhook was accepted and its events should be enqueued.</summary>
    public bool Accepted => StatusCode == 202;

    internal static NetSuiteWebhookResult Accept(ChangeEvent changeEvent) => new(202, [changeEvent], null);

    internal static NetSuiteWebhookResult Reject(int statusCode, string error) => new(statusCode, [], error);
}

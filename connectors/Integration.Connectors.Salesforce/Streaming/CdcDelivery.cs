using Integration.Core.Changes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>One CDC event as read: its replay id and commit time, and either a change event or a resync request.</summary>
internal sealed record CdcDelivery(long ReplayId, DateTimeOffset CommittedAt, ChangeEvent? Change, ResyncRequest? Resync);

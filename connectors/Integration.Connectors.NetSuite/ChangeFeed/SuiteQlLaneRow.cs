namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>A row the poller has not yielded before: the record id and its stamp (UTC).</summary>
internal sealed record SuiteQlLaneRow(string Id, DateTimeOffset Stamp);

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>One stamp column the poller follows: a record table's <c>lastmodifieddate</c>, or <c>DeletedRecord.deleteddate</c>.</summary>
internal sealed record SuiteQlLane(string Table, string IdColumn, string StampColumn, string? Filter);

namespace Integration.Sandbox.NetSuite.Records;

/// <summary>One row of the <c>deletedrecord</c> table.</summary>
internal sealed record DeletedRecordEntry(RecordType Type, long RecordId, string? ExternalId, DateTimeOffset Deleted, string Context);

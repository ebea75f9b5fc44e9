namespace Integration.Sandbox.NetSuite.Records;

/// <summary>A committed change, as a User Event script's <c>afterSubmit</c> sees it.</summary>
internal sealed record RecordChange(RecordType Type, long Id, string? ExternalId, string EventType, DateTimeOffset LastModified);

using Integration.Core.Changes;

namespace Integration.Connectors.Tests.NetSuite.Acceptance;

/// <summary>One poll of every poller: when it started and the events it yielded.</summary>
public sealed record SuiteQlPoll(int Index, DateTimeOffset StartedAt, IReadOnlyList<ChangeEvent> Events);

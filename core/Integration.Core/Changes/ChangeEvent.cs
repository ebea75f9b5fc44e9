namespace Integration.Core.Changes;

/// <summary>
/// A notification that records of one object in one system changed. The engine never trusts its
/// field values: it reads the records' current state from the source, so lost, duplicated and
/// reordered events do no harm.
/// </summary>
/// <param name="System">The plan's name of the system (a key of the plan's <c>systems</c>).</param>
/// <param name="ObjectName">The vendor object (<c>Account</c>, <c>contacts</c>, <c>customer</c>).</param>
/// <param name="RecordIds">The records changed, at least one; several when one transaction changed several alike.</param>
/// <param name="Kind">What happened.</param>
/// <param name="CommittedAt">When the source committed the change (vendor time), for lag and latency.</param>
/// <param name="Position">Where in its stream the event sits.</param>
/// <param name="EventId">A stable id for de-duplication (vendor event id, or a hash of the event's identity).</param>
/// <param name="Origin">Who made the change, when known.</param>
/// <param name="ChangedFields">The fields the vendor says changed; empty when it does not say.</param>
public sealed record ChangeEvent(
    string System,
    string ObjectName,
    IReadOnlyList<string> RecordIds,
    ChangeKind Kind,
    DateTimeOffset CommittedAt,
    StreamPosition Position,
    string EventId,
    ChangeOrigin? Origin = null,
    IReadOnlyList<string>? ChangedFields = null);

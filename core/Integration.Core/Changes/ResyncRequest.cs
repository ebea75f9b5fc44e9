namespace Integration.Core.Changes;

/// <summary>
/// An instruction to re-read records because the change stream cannot say exactly what changed
/// (Salesforce gap and overflow events, an expired replay id, a webhook batch that failed to parse
/// per record). Either <see cref="RecordIds"/> or <see cref="ModifiedSince"/> is set.
/// </summary>
/// <param name="System">The plan's name of the system.</param>
/// <param name="ObjectName">The object to re-read.</param>
/// <param name="RecordIds">These records, when known.</param>
/// <param name="ModifiedSince">Every record of the object modified at or after this instant, when the ids are not known.</param>
/// <param name="Reason">Why, for the run log (<c>GAP_OVERFLOW</c>, <c>replay id expired</c>).</param>
/// <param name="Repair">
/// The records' counterparts may hold older values than the cross-reference row says (two writers of the same record
/// overlapped): the records' values are written to the other side wherever they differ, as if only this side had
/// changed, without logging conflicts.
/// </param>
public sealed record ResyncRequest(
    string System,
    string ObjectName,
    IReadOnlyList<string>? RecordIds,
    DateTimeOffset? ModifiedSince,
    string Reason,
    bool Repair = false);

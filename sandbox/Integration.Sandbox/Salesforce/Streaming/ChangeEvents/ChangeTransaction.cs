using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Streaming.EventBus;

namespace Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

/// <summary>
/// The record changes of one API call (or seed, or simulated user edit), turned into change events when the call
/// commits. Changes past the overflow threshold (an update counts one per changed field) are not kept: each entity
/// that overflowed gets one GAP_OVERFLOW event instead. Identical changes to several records of one entity merge
/// into one event with several recordIds. Not thread-safe: used under the org lock.
/// </summary>
internal sealed class ChangeTransaction(ChangeEventBus bus, string changeOrigin, string commitUser)
{
    private readonly Dictionary<string, int> _byRecord = new(StringComparer.Ordinal);
    private readonly List<CapturedChange> _changes = [];
    private readonly List<string> _overflowed = [];
    private long _counted;

    public void Record(StoredRecord? before, StoredRecord after)
    {
        if (_byRecord.TryGetValue(after.Id, out var index))
        {
            _changes[index] = _changes[index] with { After = after };
            return;
        }

        var change = new CapturedChange(before, after);
        _counted += change.ChangeType == "UPDATE" ? CountChangedFields(before!, after) : 1;
        if (_counted > bus.Options.OverflowThreshold)
        {
            if (!_overflowed.Contains(after.Type.Name))
            {
                _overflowed.Add(after.Type.Name);
            }

            return;
        }

        _byRecord[after.Id] = _changes.Count;
        _changes.Add(change);
    }

    /// <summary>Publishes the events of the committed changes and starts afresh; nothing when nothing changed.</summary>
    public void Commit()
    {
        if (_changes.Count == 0 && _overflowed.Count == 0)
        {
            return;
        }

        var commit = bus.NextCommit();
        var events = new List<ChangeEvent>();
        var merged = new Dictionary<(string Entity, string ChangeType, string Fields), int>();
        foreach (var change in _changes)
        {
            var (fields, changedFields, _) = ChangePayload.Build(change);
            var fieldsJson = fields.ToJsonString(Hosting.SandboxJson.Options);
            var key = (change.After.Type.Name, change.ChangeType, fieldsJson);
            if (merged.TryGetValue(key, out var at))
            {
                events[at] = events[at] with { RecordIds = [.. events[at].RecordIds, change.After.Id] };
                continue;
            }

            merged[key] = events.Count;
            events.Add(Event(commit, events.Count + 1, change.After.Type.Name, change.ChangeType, [change.After.Id], changedFields) with { FieldsJson = fieldsJson });
        }

        foreach (var entity in _overflowed)
        {
            events.Add(Event(commit, events.Count + 1, entity, "GAP_OVERFLOW", [ChangeEvent.EmptyId], []));
        }

        bus.Publish(events);
        _changes.Clear();
        _byRecord.Clear();
        _overflowed.Clear();
        _counted = 0;
    }

    /// <summary>Forgets the changes (an allOrNone call rolled back).</summary>
    public void Discard()
    {
        _changes.Clear();
        _byRecord.Clear();
        _overflowed.Clear();
        _counted = 0;
    }

    private ChangeEvent Event(CommitStamp commit, int sequence, string entity, string changeType, IReadOnlyList<string> ids, IReadOnlyList<string> changedFields) => new()
    {
        EntityName = entity,
        RecordIds = ids,
        ChangeType = changeType,
        ChangeOrigin = changeOrigin,
        TransactionKey = commit.TransactionKey,
        SequenceNumber = sequence,
        CommitTimestamp = commit.Timestamp,
        CommitNumber = commit.Number,
        CommitUser = commitUser,
        ChangedFields = changedFields,
        FieldsJson = "{}",
    };

    private static int CountChangedFields(StoredRecord before, StoredRecord after) =>
        Math.Max(1, after.Type.Fields.Count(f => f.Name is not ("LastModifiedDate" or "SystemModstamp") && !Equals(before[f], after[f])));
}

using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Rest;

namespace Integration.Sandbox.NetSuite.Records;

/// <summary>
/// Create, update, upsert and delete against one account's store, under its lock; each committed change stamps
/// <c>lastModified</c> (whole seconds) and is handed to <paramref name="changed"/> (the User Event emulation).
/// </summary>
internal sealed partial class RecordWriter(AccountStore store, TimeProvider time, Action<RecordChange> changed)
{
    public WriteResult Create(RecordType type, JsonObject body, bool strictNames)
    {
        RecordChange change;
        StoredRecord record;
        lock (store.Gate)
        {
            var now = NetSuiteClock.Now(time);
            record = new StoredRecord(type, store.NextId(), now);
            if (Apply(record, body, strictNames, creating: true) is { } error)
            {
                return WriteResult.Failed(error);
            }

            store.Table(type).Add(record);
            change = new RecordChange(type, record.Id, record.ExternalId, "create", now);
        }

        changed(change);
        return new WriteResult(record, true, null);
    }

    public WriteResult Update(RecordType type, long id, JsonObject body, bool strictNames)
    {
        RecordChange change;
        StoredRecord record;
        lock (store.Gate)
        {
            if (store.Table(type).ById(id) is not { } found)
            {
                return WriteResult.Failed(NetSuiteError.NotFound($"{type.RestName} {id}"));
            }

            record = found;
            if (Apply(record, body, strictNames, creating: false) is { } error)
            {
                return WriteResult.Failed(error);
            }

            record.LastModified = NetSuiteClock.Now(time);
            change = new RecordChange(type, record.Id, record.ExternalId, "edit", record.LastModified);
        }

        changed(change);
        return new WriteResult(record, false, null);
    }

    public WriteResult Upsert(RecordType type, string externalId, JsonObject body, bool strictNames)
    {
        // Lock is re-entrant: the lookup and the write are one step, so concurrent upserts of one external id create it once.
        lock (store.Gate)
        {
            body["externalId"] = externalId;
            return store.Table(type).ByExternalId(externalId) is { } existing
                ? Update(type, existing.Id, body, strictNames)
                : Create(type, body, strictNames);
        }
    }

    public NetSuiteError? Delete(RecordType type, long id)
    {
        RecordChange change;
        lock (store.Gate)
        {
            var table = store.Table(type);
            if (table.ById(id) is not { } record)
            {
                return NetSuiteError.NotFound($"{type.RestName} {id}");
            }

            if (HasDependents(record))
            {
                return NetSuiteError.User("This record cannot be deleted because it has dependent records.");
            }

            var now = NetSuiteClock.Now(time);
            table.Remove(record);
            store.Deleted.Add(new DeletedRecordEntry(type, id, record.ExternalId, now, "webservices"));
            change = new RecordChange(type, id, record.ExternalId, "delete", now);
        }

        changed(change);
        return null;
    }

    private bool HasDependents(StoredRecord record)
    {
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        return store.Tables.Any(table => table.Type.Fields.Any(f => f.Kind == FieldKind.Reference && f.Target == record.Type.RestName
            && table.Rows.Any(r => r.Values.TryGetValue(f.Name, out var v) && v.ToString() == id)));
    }
}

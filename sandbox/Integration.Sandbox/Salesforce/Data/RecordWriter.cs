using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// Creates, updates, deletes and upserts records with Salesforce's validation and system fields. The
/// caller holds the org's <see cref="OrgStore.Gate"/>; a journal, when given, records what to roll back; a change
/// transaction, when given, collects every change for Change Data Capture until <see cref="Commit"/>.
/// </summary>
internal sealed partial class RecordWriter(OrgStore store, TimeProvider time, UndoJournal? journal = null, ChangeTransaction? changes = null)
{
    /// <summary>Publishes the change events of the writes so far (call under the org lock, after they succeeded).</summary>
    public void Commit() => changes?.Commit();

    public DmlOutcome Create(SObjectType type, JsonObject body)
    {
        if (body.ContainsKey("Id") || body.ContainsKey("id"))
        {
            return DmlOutcome.Fail(new DmlError("INVALID_FIELD", "cannot specify Id in an insert call", ["Id"]));
        }

        var values = new object?[type.Fields.Count];
        var error = Apply(type, body, values, insert: true, selfId: null);
        if (error is not null)
        {
            return DmlOutcome.Fail(error);
        }

        var id = store.NewId(type);
        object now = time.GetUtcNow();
        values[type.IdField.Ordinal] = id;
        values[type.IsDeletedField.Ordinal] = StoredRecord.False;
        values[type.CreatedDateField.Ordinal] = now;
        values[type.LastModifiedDateField.Ordinal] = now;
        values[type.SystemModstampField.Ordinal] = now;
        Derive(type, values);
        Put(type, new StoredRecord(type, values), previous: null);
        return DmlOutcome.Ok(id);
    }

    public DmlOutcome Update(SObjectType type, string rawId, JsonObject body)
    {
        var (current, lookupError) = Locate(type, rawId);
        if (current is null)
        {
            return DmlOutcome.Fail(lookupError!);
        }

        var values = current.CopyValues();
        body.Remove("Id");
        body.Remove("id");
        var error = Apply(type, body, values, insert: false, selfId: current.Id);
        if (error is not null)
        {
            return DmlOutcome.Fail(error);
        }

        object now = time.GetUtcNow();
        values[type.LastModifiedDateField.Ordinal] = now;
        values[type.SystemModstampField.Ordinal] = now;
        Derive(type, values);
        Put(type, new StoredRecord(type, values), current);
        return DmlOutcome.Ok(current.Id);
    }

    public DmlOutcome Delete(SObjectType type, string rawId)
    {
        var (current, lookupError) = Locate(type, rawId);
        if (current is null)
        {
            return DmlOutcome.Fail(lookupError!);
        }

        MarkDeleted(current);
        return DmlOutcome.Ok(current.Id);
    }

    /// <summary>Deleting an account deletes its contacts and opportunities too, as in Salesforce.</summary>
    private void MarkDeleted(StoredRecord record)
    {
        var values = record.CopyValues();
        values[record.Type.IsDeletedField.Ordinal] = StoredRecord.True;
        values[record.Type.SystemModstampField.Ordinal] = time.GetUtcNow();
        Put(record.Type, new StoredRecord(record.Type, values), record);
        foreach (var child in StandardSchema.All)
        {
            foreach (var lookup in child.Fields.Where(f => f.ReferenceTo == record.Type.Name))
            {
                var table = store.Table(child);
                foreach (var childId in table.FindByValue(lookup, record.Id).ToArray())
                {
                    MarkDeleted(table.Get(childId)!);
                }
            }
        }
    }

    /// <summary>Deletes by id alone (collections delete mixes types); the key prefix names the type.</summary>
    public DmlOutcome Delete(string rawId)
    {
        if (!RecordId.TryNormalize(rawId, out var id18) || StandardSchema.FindByPrefix(id18[..3]) is not { } type)
        {
            return DmlOutcome.Fail(new DmlError("MALFORMED_ID", $"malformed id {rawId}", []));
        }

        return Delete(type, id18);
    }

    public UpsertOutcome Upsert(SObjectType type, FieldDescribe externalId, string value, JsonObject body)
    {
        var matches = store.Table(type).FindByValue(externalId, value);
        if (matches.Count > 1)
        {
            return new UpsertOutcome(DmlOutcome.Fail(new DmlError("MULTIPLE_CHOICES", "multiple records match", [], 300)), matches);
        }

        if (matches.Count == 1)
        {
            var updated = Update(type, matches[0], body);
            return new UpsertOutcome(updated with { Created = updated.Success ? false : null }, matches);
        }

        body.Remove(externalId.Name);
        body[externalId.Name] = value;
        var created = Create(type, body);
        return new UpsertOutcome(created with { Created = created.Success ? true : null }, matches);
    }

    /// <summary>Finds a record for update or delete: MALFORMED_ID, NOT_FOUND or ENTITY_IS_DELETED otherwise.</summary>
    public (StoredRecord? Record, DmlError? Error) Locate(SObjectType type, string rawId)
    {
        if (!RecordId.TryNormalize(rawId, type, out var id18))
        {
            return (null, DmlError.MalformedId(type, rawId));
        }

        var record = store.Table(type).Get(id18);
        return record switch
        {
            null => (null, DmlError.NotFound()),
            { IsDeleted: true } => (null, DmlError.EntityIsDeleted()),
            _ => (record, null),
        };
    }

    private void Put(SObjectType type, StoredRecord record, StoredRecord? previous)
    {
        var table = store.Table(type);
        journal?.Record(table, record.Id, previous);
        table.Put(record);
        changes?.Record(previous, record);
    }

    private static void Derive(SObjectType type, object?[] values)
    {
        if (type == StandardSchema.Contact)
        {
            var first = values[type.Field("FirstName")!.Ordinal] as string;
            var last = values[type.Field("LastName")!.Ordinal] as string;
            values[type.Field("Name")!.Ordinal] = string.IsNullOrEmpty(first) ? last : $"{first} {last}";
        }
    }
}

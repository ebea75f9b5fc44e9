using Integration.Sandbox.HubSpot.Associations;
using Integration.Sandbox.HubSpot.Properties;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>
/// Every change to a portal's records goes through here: validation, unique-value conflicts, the maintained
/// properties (<c>hs_object_id</c>, <c>createdate</c>, the modification date) and the change notices webhooks
/// are made from. Callers hold <see cref="PortalStore.Gate"/> and publish the notices after releasing it.
/// </summary>
internal sealed class CrmWriter(PortalStore store, TimeProvider time)
{
    public PortalStore Store => store;

    /// <summary>
    /// Checks values (normalising them in place) and unique values against the store and against
    /// <paramref name="claimed"/> (values taken earlier in the same batch, which this call extends).
    /// </summary>
    public static WriteProblem? Check(ObjectTable table, Dictionary<string, string?> values, CrmRecord? existing, HashSet<(string, string)>? claimed = null)
    {
        if (PropertyValues.Check(table, values) is { } invalid)
        {
            return invalid;
        }

        foreach (var (name, value) in values)
        {
            if (value is not { Length: > 0 } || table.Property(name) is not { HasUniqueValue: true })
            {
                continue;
            }

            var holder = table.FindUnique(name, value);
            if ((holder is not null && holder != existing) || claimed?.Add((name, value.ToUpperInvariant())) == false)
            {
                return new WriteProblem(409, "CONFLICT", $"{table.Type.Label} already exists. Existing ID: {holder?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(same batch)"}");
            }
        }

        return null;
    }

    /// <summary>Creates a record from checked values; without <paramref name="changes"/> (seeding) no events follow.</summary>
    public CrmRecord Create(ObjectTable table, Dictionary<string, string?> values, ChangeOrigin origin, List<ChangeNotice>? changes)
    {
        var now = time.GetUtcNow();
        var record = table.Insert(now);
        var stamp = Wire.Timestamp(now);
        table.Set(record, "createdate", stamp);
        table.Set(record, table.Type.ModifiedProperty, stamp);
        changes?.Add(new ChangeNotice(table.Type, record.Id, ChangeKind.Creation, origin, now));
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                table.Set(record, name, value);
                changes?.Add(Changed(table.Type, record.Id, name, value, origin, now));
            }
        }

        return record;
    }

    /// <summary>Writes checked values; a value equal to the stored one changes nothing and fires nothing.</summary>
    public void Update(ObjectTable table, CrmRecord record, Dictionary<string, string?> values, ChangeOrigin origin, List<ChangeNotice> changes)
    {
        var now = time.GetUtcNow();
        var changed = false;
        foreach (var (name, value) in values)
        {
            var stored = string.IsNullOrEmpty(value) ? null : value;
            if (string.Equals(record.Get(name) ?? string.Empty, stored ?? string.Empty, StringComparison.Ordinal))
            {
                continue;
            }

            table.Set(record, name, stored);
            changes.Add(Changed(table.Type, record.Id, name, stored ?? string.Empty, origin, now));
            changed = true;
        }

        if (changed)
        {
            record.UpdatedAt = now;
            table.Set(record, table.Type.ModifiedProperty, Wire.Timestamp(now));
        }
    }

    public void Archive(ObjectTable table, CrmRecord record, ChangeOrigin origin, List<ChangeNotice> changes)
    {
        var now = time.GetUtcNow();
        table.Archive(record, now);
        store.Associations.RemoveAll(table.Type.Name, record.Id);
        changes.Add(new ChangeNotice(table.Type, record.Id, ChangeKind.Deletion, origin, now));
    }

    /// <summary>Associates two live records with a type; fires an associationChange for each side when new.</summary>
    public void Associate(AssociationType type, long fromId, long toId, ChangeOrigin origin, List<ChangeNotice> changes)
    {
        if (store.Associations.Add(type, fromId, toId))
        {
            AssociationChanged(type.From, type.To, fromId, toId, removed: false, primary: type.Label == "Primary", origin, changes);
        }
    }

    public void Dissociate(string from, string to, long fromId, long toId, ChangeOrigin origin, List<ChangeNotice> changes)
    {
        if (store.Associations.Remove(from, to, fromId, toId))
        {
            AssociationChanged(from, to, fromId, toId, removed: true, primary: false, origin, changes);
        }
    }

    private void AssociationChanged(string from, string to, long fromId, long toId, bool removed, bool primary, ChangeOrigin origin, List<ChangeNotice> changes)
    {
        var now = time.GetUtcNow();
        var fromType = CrmObjectTypes.Find(from)!;
        var toType = CrmObjectTypes.Find(to)!;
        changes.Add(new ChangeNotice(fromType, fromId, ChangeKind.AssociationChange, origin, now)
        {
            AssociationType = $"{fromType.Singular}_TO_{toType.Singular}", ToObjectId = toId, AssociationRemoved = removed, IsPrimaryAssociation = primary,
        });
        changes.Add(new ChangeNotice(toType, toId, ChangeKind.AssociationChange, origin, now)
        {
            AssociationType = $"{toType.Singular}_TO_{fromType.Singular}", ToObjectId = fromId, AssociationRemoved = removed, IsPrimaryAssociation = primary,
        });
    }

    private static ChangeNotice Changed(CrmObjectType type, long id, string name, string? value, ChangeOrigin origin, DateTimeOffset now) =>
        new(type, id, ChangeKind.PropertyChange, origin, now) { PropertyName = name, PropertyValue = value };
}

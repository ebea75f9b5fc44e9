using Integration.Sandbox.HubSpot.Properties;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>
/// The records of one object type in one portal, in id order (ids only grow, so appending keeps the order and
/// a binary search finds any <c>after</c> cursor), with a case-insensitive index per unique property.
/// Callers hold the portal store's lock.
/// </summary>
internal sealed class ObjectTable
{
    private readonly List<CrmRecord> _ordered = [];
    private readonly Dictionary<long, CrmRecord> _byId = [];
    private readonly Dictionary<string, Dictionary<string, CrmRecord>> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PropertyDefinition> _properties = new(StringComparer.Ordinal);

    public ObjectTable(CrmObjectType type)
    {
        Type = type;
        Reset();
    }

    public CrmObjectType Type { get; }

    public long NextId { get; private set; }

    public IReadOnlyList<CrmRecord> Ordered => _ordered;

    public IEnumerable<PropertyDefinition> Properties => _properties.Values;

    public int LiveCount { get; private set; }

    public int ArchivedCount => _ordered.Count - LiveCount;

    public PropertyDefinition? Property(string name) => _properties.GetValueOrDefault(name);

    public void AddProperty(PropertyDefinition property)
    {
        _properties[property.Name] = property;
        if (property.HasUniqueValue)
        {
            _unique.TryAdd(property.Name, new Dictionary<string, CrmRecord>(StringComparer.OrdinalIgnoreCase));
        }
    }

    public CrmRecord? Find(long id) => _byId.GetValueOrDefault(id);

    /// <summary>A live record whose unique <paramref name="property"/> equals <paramref name="value"/>.</summary>
    public CrmRecord? FindUnique(string property, string value) =>
        property == "hs_object_id" ? (long.TryParse(value, out var id) && Find(id) is { Archived: false } r ? r : null)
        : _unique.TryGetValue(property, out var index) ? index.GetValueOrDefault(value) : null;

    public CrmRecord Insert(DateTimeOffset now)
    {
        var record = new CrmRecord(NextId++, now);
        record.Properties["hs_object_id"] = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ordered.Add(record);
        _byId[record.Id] = record;
        LiveCount++;
        return record;
    }

    /// <summary>Writes one value, keeping the unique index right (the caller checked for conflicts).</summary>
    public void Set(CrmRecord record, string property, string? value)
    {
        if (_unique.TryGetValue(property, out var index))
        {
            if (record.Get(property) is { Length: > 0 } old && index.GetValueOrDefault(old) == record)
            {
                index.Remove(old);
            }

            if (value is { Length: > 0 } && !record.Archived)
            {
                index[value] = record;
            }
        }

        record.Properties[property] = value;
    }

    public void Archive(CrmRecord record, DateTimeOffset now)
    {
        foreach (var (property, index) in _unique)
        {
            if (record.Get(property) is { Length: > 0 } value && index.GetValueOrDefault(value) == record)
            {
                index.Remove(value);
            }
        }

        record.ArchivedAt = now;
        LiveCount--;
    }

    /// <summary>Index of the first record whose id is greater than <paramref name="id"/>.</summary>
    public int IndexAfter(long id)
    {
        int low = 0, high = _ordered.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_ordered[mid].Id <= id)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    public void Reset()
    {
        _ordered.Clear();
        _byId.Clear();
        _unique.Clear();
        _properties.Clear();
        LiveCount = 0;
        NextId = Type.FirstId;
        foreach (var property in Type.StandardProperties)
        {
            AddProperty(property);
        }
    }
}

namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// The rows of one sObject in one org: by id, in creation order, with an index per external-id and lookup field.
/// Deleted rows stay (IsDeleted = true) as the recycle bin that queryAll reads. Not thread-safe: the
/// owning <see cref="OrgStore"/> serializes access.
/// </summary>
internal sealed class SObjectTable
{
    private readonly Dictionary<string, StoredRecord> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<int, ValueIndex> _indexes;

    public SObjectTable(SObjectType type)
    {
        Type = type;
        _indexes = type.Fields.Where(f => f.ExternalId || f.Type == FieldType.Reference).ToDictionary(f => f.Ordinal, _ => new ValueIndex());
    }

    public SObjectType Type { get; }
    public int LiveCount { get; private set; }
    public int DeletedCount => _byId.Count - LiveCount;

    public StoredRecord? Get(string id18) => _byId.GetValueOrDefault(id18);

    /// <summary>Live records whose external-id or lookup field equals <paramref name="value"/>.</summary>
    public IReadOnlyList<string> FindByValue(FieldDescribe field, string value) => _indexes[field.Ordinal].Find(value);

    /// <summary>Inserts a new record or replaces the version with the same id.</summary>
    public void Put(StoredRecord record)
    {
        var previous = _byId.GetValueOrDefault(record.Id);
        if (previous is null)
        {
            _order.Add(record.Id);
        }
        else
        {
            Unindex(previous);
        }

        _byId[record.Id] = record;
        Index(record);
    }

    /// <summary>Removes a record entirely (used only to roll back an insert).</summary>
    public void Purge(string id18)
    {
        if (_byId.Remove(id18, out var previous))
        {
            Unindex(previous);
            if (_order.Count > 0 && string.Equals(_order[^1], id18, StringComparison.Ordinal))
            {
                _order.RemoveAt(_order.Count - 1);
            }
            else
            {
                _order.Remove(id18);
            }
        }
    }

    /// <summary>Rows in creation order; deleted rows only when asked (queryAll).</summary>
    public IEnumerable<StoredRecord> Scan(bool includeDeleted)
    {
        foreach (var id in _order)
        {
            var record = _byId[id];
            if (includeDeleted || !record.IsDeleted)
            {
                yield return record;
            }
        }
    }

    public void Clear()
    {
        _byId.Clear();
        _order.Clear();
        LiveCount = 0;
        foreach (var index in _indexes.Values)
        {
            index.Clear();
        }
    }

    private void Index(StoredRecord record)
    {
        if (record.IsDeleted)
        {
            return;
        }

        LiveCount++;
        foreach (var (ordinal, index) in _indexes)
        {
            if (record[Type.Fields[ordinal]] is string value)
            {
                index.Add(value, record.Id);
            }
        }
    }

    private void Unindex(StoredRecord record)
    {
        if (record.IsDeleted)
        {
            return;
        }

        LiveCount--;
        foreach (var (ordinal, index) in _indexes)
        {
            if (record[Type.Fields[ordinal]] is string value)
            {
                index.Remove(value, record.Id);
            }
        }
    }
}

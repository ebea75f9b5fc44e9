namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// The rows of one sObject in one org: slots in creation order, a slot per id, and an index per external-id
/// and lookup field. Deleted rows stay (IsDeleted = true) as the recycle bin that queryAll reads. Not
/// thread-safe: the owning <see cref="OrgStore"/> serializes access.
/// </summary>
internal sealed class SObjectTable
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<StoredRecord?> _rows = [];
    private readonly Dictionary<int, ValueIndex> _indexes;

    public SObjectTable(SObjectType type)
    {
        Type = type;
        _indexes = type.Fields.Where(IsIndexed).ToDictionary(f => f.Ordinal, _ => new ValueIndex());
    }

    public SObjectType Type { get; }
    public int LiveCount { get; private set; }
    public int DeletedCount => _slots.Count - LiveCount;

    /// <summary>Id, external-id and lookup fields can be found without a scan.</summary>
    public static bool IsIndexed(FieldDescribe field) => field.ExternalId || field.Type is FieldType.Reference;

    public StoredRecord? Get(string id18) => _slots.TryGetValue(id18, out var slot) ? _rows[slot] : null;

    /// <summary>Slots ever used, in creation order (rolled-back inserts leave empty slots).</summary>
    public int SlotCount => _rows.Count;

    /// <summary>The record in a slot (null when purged), for picking records at random.</summary>
    public StoredRecord? AtSlot(int slot) => _rows[slot];

    /// <summary>Live records whose external-id or lookup field equals <paramref name="value"/>.</summary>
    public IReadOnlyList<string> FindByValue(FieldDescribe field, string value) => _indexes[field.Ordinal].Find(value);

    /// <summary>Inserts a new record or replaces the version with the same id.</summary>
    public void Put(StoredRecord record)
    {
        if (_slots.TryGetValue(record.Id, out var slot))
        {
            Unindex(_rows[slot]!);
            _rows[slot] = record;
        }
        else
        {
            _slots[record.Id] = _rows.Count;
            _rows.Add(record);
        }

        Index(record);
    }

    /// <summary>Removes a record entirely (used only to roll back an insert).</summary>
    public void Purge(string id18)
    {
        if (!_slots.Remove(id18, out var slot))
        {
            return;
        }

        Unindex(_rows[slot]!);
        if (slot == _rows.Count - 1)
        {
            _rows.RemoveAt(slot);
        }
        else
        {
            _rows[slot] = null;
        }
    }

    /// <summary>Rows in creation order; deleted rows only when asked (queryAll).</summary>
    public IEnumerable<StoredRecord> Scan(bool includeDeleted)
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i] is { } record && (includeDeleted || !record.IsDeleted))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Rows whose <paramref name="field"/> equals one of <paramref name="keys"/>, in creation order, through the
    /// id slots or a value index. Value indexes hold live rows only, so queryAll on them falls back to a scan.
    /// </summary>
    public IEnumerable<StoredRecord> Probe(FieldDescribe field, IReadOnlyCollection<string> keys, bool includeDeleted)
    {
        if (field.Type != FieldType.Id && includeDeleted)
        {
            return Scan(includeDeleted);
        }

        var ids = field.Type == FieldType.Id ? keys : keys.SelectMany(k => FindByValue(field, k));
        return ids.Where(_slots.ContainsKey).Select(id => _slots[id]).Distinct().Order()
            .Select(slot => _rows[slot]!)
            .Where(r => includeDeleted || !r.IsDeleted);
    }

    public void Clear()
    {
        _slots.Clear();
        _rows.Clear();
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

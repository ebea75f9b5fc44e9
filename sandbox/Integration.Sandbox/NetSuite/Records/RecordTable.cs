namespace Integration.Sandbox.NetSuite.Records;

/// <summary>The live records of one type, by internal id (in id order) and by external id.</summary>
internal sealed class RecordTable(RecordType type)
{
    private readonly SortedDictionary<long, StoredRecord> _byId = [];
    private readonly Dictionary<string, StoredRecord> _byExternalId = new(StringComparer.Ordinal);

    public RecordType Type { get; } = type;

    public int Count => _byId.Count;

    public IEnumerable<StoredRecord> Rows => _byId.Values;

    public StoredRecord? ById(long id) => _byId.GetValueOrDefault(id);

    public StoredRecord? ByExternalId(string externalId) => _byExternalId.GetValueOrDefault(externalId);

    public StoredRecord? At(int index) => index < _byId.Count ? _byId.Values.ElementAt(index) : null;

    public void Add(StoredRecord record)
    {
        _byId.Add(record.Id, record);
        if (record.ExternalId is { } eid)
        {
            _byExternalId[eid] = record;
        }
    }

    public void SetExternalId(StoredRecord record, string? externalId)
    {
        if (record.ExternalId is { } old)
        {
            _byExternalId.Remove(old);
        }

        record.ExternalId = externalId;
        if (externalId is not null)
        {
            _byExternalId[externalId] = record;
        }
    }

    public void Remove(StoredRecord record)
    {
        _byId.Remove(record.Id);
        if (record.ExternalId is { } eid)
        {
            _byExternalId.Remove(eid);
        }
    }

    public void Clear()
    {
        _byId.Clear();
        _byExternalId.Clear();
    }
}

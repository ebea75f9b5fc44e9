namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// All data of one org. Every read and write runs under <see cref="Gate"/>: one lock per org keeps
/// single-record operations O(1) and multi-record operations atomic; orgs never contend.
/// </summary>
internal sealed class OrgStore
{
    private readonly Dictionary<string, SObjectTable> _tables;
    private long _sequence;

    public OrgStore(string orgTag)
    {
        OrgTag = orgTag;
        _tables = StandardSchema.All.ToDictionary(t => t.Name, t => new SObjectTable(t), StringComparer.OrdinalIgnoreCase);
    }

    public Lock Gate { get; } = new();
    public string OrgTag { get; }

    public SObjectTable Table(SObjectType type) => _tables[type.Name];

    public IEnumerable<SObjectTable> Tables => _tables.Values;

    /// <summary>The next id; ids are sequential per org so creation order equals id order.</summary>
    public string NewId(SObjectType type) => RecordId.Create(type.KeyPrefix, OrgTag, ++_sequence);

    /// <summary>Finds a live or deleted record by a normalized id, whatever its type.</summary>
    public StoredRecord? Find(string id18)
    {
        var type = StandardSchema.FindByPrefix(id18[..3]);
        return type is null ? null : Table(type).Get(id18);
    }

    public void Clear()
    {
        _sequence = 0;
        foreach (var table in _tables.Values)
        {
            table.Clear();
        }
    }
}

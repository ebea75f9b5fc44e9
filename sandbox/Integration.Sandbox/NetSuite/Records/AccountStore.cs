namespace Integration.Sandbox.NetSuite.Records;

/// <summary>
/// One account's data: a table per record type, the <c>deletedrecord</c> log, and one internal-id sequence.
/// Every read and write holds <see cref="Gate"/>.
/// </summary>
internal sealed class AccountStore
{
    private const long FirstId = 101;
    private readonly Dictionary<RecordType, RecordTable> _tables = RecordType.All.ToDictionary(t => t, t => new RecordTable(t));
    private long _nextId = FirstId;

    public Lock Gate { get; } = new();

    public List<DeletedRecordEntry> Deleted { get; } = [];

    public IEnumerable<RecordTable> Tables => _tables.Values;

    public RecordTable Table(RecordType type) => _tables[type];

    public long NextId() => _nextId++;


    public void Clear()
    {
        foreach (var table in _tables.Values)
        {
            table.Clear();
        }

        Deleted.Clear();
        _nextId = FirstId;
    }
}

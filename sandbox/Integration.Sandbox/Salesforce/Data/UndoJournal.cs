namespace Integration.Sandbox.Salesforce.Data;

/// <summary>Previous versions of the rows a multi-record call touched, so allOrNone can roll them back.</summary>
internal sealed class UndoJournal
{
    private readonly List<(SObjectTable Table, string Id, StoredRecord? Previous)> _entries = [];

    public void Record(SObjectTable table, string id, StoredRecord? previous) => _entries.Add((table, id, previous));

    public void Rollback()
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var (table, id, previous) = _entries[i];
            if (previous is null)
            {
                table.Purge(id);
            }
            else
            {
                table.Put(previous);
            }
        }

        _entries.Clear();
    }
}

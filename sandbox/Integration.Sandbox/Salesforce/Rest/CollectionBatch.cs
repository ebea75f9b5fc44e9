using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>
/// Applies one collection request atomically under the org lock. With allOrNone, one failure rolls every
/// change back and the records that had succeeded report ALL_OR_NONE_OPERATION_ROLLED_BACK.
/// </summary>
internal static class CollectionBatch
{
    public static IReadOnlyList<DmlOutcome> Run<T>(SalesforceSession session, bool allOrNone, IReadOnlyList<T> items, Func<RecordWriter, T, DmlOutcome> write)
    {
        var journal = new UndoJournal();
        var outcomes = new DmlOutcome[items.Count];
        lock (session.Store.Gate)
        {
            var writer = session.Writer(journal);
            for (var i = 0; i < items.Count; i++)
            {
                outcomes[i] = write(writer, items[i]);
            }

            if (!allOrNone || outcomes.All(o => o.Success))
            {
                writer.Commit();
                return outcomes;
            }

            journal.Rollback();
        }

        var rolledBack = new DmlError("ALL_OR_NONE_OPERATION_ROLLED_BACK",
            "Record rolled back because not all records were valid and the request was using AllOrNone header", []);
        return [.. outcomes.Select(o => o.Success ? new DmlOutcome(null, [rolledBack]) : o with { Id = null, Created = null })];
    }
}

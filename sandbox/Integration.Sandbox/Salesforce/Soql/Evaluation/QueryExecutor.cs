using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>Scans the object's table under the org lock, filters, then groups or sorts and applies OFFSET/LIMIT.</summary>
internal static class QueryExecutor
{
    public static QueryResult Execute(BoundQuery query, OrgStore store, bool includeDeleted)
    {
        var rows = new List<SoqlRow>();
        lock (store.Gate)
        {
            var parentTables = query.Relationships.Select(r => store.Table(r.ParentType)).ToArray();
            var table = store.Table(query.Type);
            var source = query.Probe is { } probe ? table.Probe(probe.Field, probe.Keys, includeDeleted) : table.Scan(includeDeleted);
            foreach (var record in source)
            {
                var parents = parentTables.Length == 0 ? [] : new StoredRecord?[parentTables.Length];
                for (var i = 0; i < parentTables.Length; i++)
                {
                    parents[i] = record[query.Relationships[i].LookupField] is string parentId ? parentTables[i].Get(parentId) : null;
                }

                var row = new SoqlRow(record, parents);
                if (query.Where?.Invoke(row) ?? true)
                {
                    rows.Add(row);
                }
            }
        }

        if (query.IsCountOnly)
        {
            return new QueryResult(Window(rows.Count, query), null, null);
        }

        if (query.IsAggregate)
        {
            var groups = AggregateEvaluator.Evaluate(query, rows);
            return new QueryResult(Window(groups.Count, query), null, [.. Page(groups, query)]);
        }

        if (query.OrderBy.Count > 0)
        {
            rows.Sort(Comparer(query));
        }

        var page = Page(rows, query).ToList();
        return new QueryResult(page.Count, page, null);
    }

    private static int Window(int count, BoundQuery query) => Math.Clamp(Math.Min(count - query.Offset, query.Limit ?? int.MaxValue), 0, int.MaxValue);

    private static IEnumerable<T> Page<T>(IEnumerable<T> items, BoundQuery query) =>
        items.Skip(query.Offset).Take(query.Limit ?? int.MaxValue);

    internal static Comparison<SoqlRow> Comparer(BoundQuery query)
    {
        return (a, b) =>
        {
            foreach (var key in query.OrderBy)
            {
                var order = ValueComparer.CompareNullable(key.Field.Read(a), key.Field.Read(b), key.Field.Field.Type, key.NullsFirst);
                if (order != 0)
                {
                    return key.Descending && !EitherIsNull(key, a, b) ? -order : order;
                }
            }

            return string.CompareOrdinal(a.Record.Id, b.Record.Id);
        };
    }

    /// <summary>NULLS FIRST/LAST is absolute: DESC reverses only the order of non-null values.</summary>
    private static bool EitherIsNull(BoundOrder key, SoqlRow a, SoqlRow b) =>
        key.Field.Read(a) is null || key.Field.Read(b) is null;
}

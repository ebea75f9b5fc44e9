using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Records;
using Integration.Sandbox.NetSuite.SuiteQl.Syntax;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>
/// Runs a parsed query over one account's store (under its lock): filter, sort (id order when no ORDER BY),
/// then either aggregate to one row or project each row with lower-case column names, all values strings, and
/// null columns left out.
/// </summary>
internal static class SuiteQlEvaluator
{
    public static SuiteQlResult Run(SelectStatement query, AccountStore store, TimeZoneInfo zone)
    {
        var table = SuiteQlCatalog.Find(query.Table) ?? throw new SuiteQlException($"Record '{query.Table}' was not found (the sandbox has customer, contact, transaction and deletedrecord).");
        var compiler = new ConditionCompiler(table, query.TableAlias, zone);
        var items = query.Items.Count > 0 ? query.Items : [.. table.Columns.Select(c => new SelectItem(null, new ColumnOperand(null, c.Name), null, null))];
        var names = Names(items);
        foreach (var item in items.Where(i => i.Column is not null))
        {
            compiler.Column(item.Column!);
        }

        var filter = query.Where is null ? null : compiler.Compile(query.Where);
        var rows = table.Rows(store).Where(row => filter is null || filter(row) == true).ToList();
        var aggregates = items.Count(i => i.IsAggregate);
        if (aggregates > 0)
        {
            if (aggregates != items.Count || query.OrderBy.Count > 0)
            {
                throw new SuiteQlException("Aggregates cannot be mixed with columns or ORDER BY in the sandbox (GROUP BY is not emulated).");
            }

            return new SuiteQlResult([Aggregates.Row(items, names, rows, table, zone)], [], null);
        }

        Sort(rows, query.OrderBy, items, names, compiler, zone);
        return new SuiteQlResult([], rows, row => Project(row, items, names, zone));
    }

    private static List<string> Names(IReadOnlyList<SelectItem> items)
    {
        var unnamed = 0;
        return [.. items.Select(i => i.Alias ?? (i.Function is null ? i.Column!.Column : $"expr{++unnamed}"))];
    }

    private static JsonObject Project(Dictionary<string, object?> row, IReadOnlyList<SelectItem> items, List<string> names, TimeZoneInfo zone)
    {
        var json = new JsonObject { ["links"] = new JsonArray() };
        for (var i = 0; i < items.Count; i++)
        {
            if (Value(row, items[i], zone) is { } value)
            {
                json[names[i]] = value is string text ? text : SqlValues.Display(value, zone);
            }
        }

        return json;
    }

    private static object? Value(Dictionary<string, object?> row, SelectItem item, TimeZoneInfo zone)
    {
        var value = row.GetValueOrDefault(item.Column!.Column);
        if (item.Function != "TO_CHAR" || value is null)
        {
            return value;
        }

        return value switch
        {
            DateTimeOffset t => OracleDateFormat.Format(t, item.Format!, zone),
            DateOnly d => OracleDateFormat.Format(new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue))), item.Format!, zone),
            _ => throw new SuiteQlException($"TO_CHAR with a format applies to date fields; '{item.Column.Column}' is not one."),
        };
    }

    private static void Sort(List<Dictionary<string, object?>> rows, IReadOnlyList<OrderItem> order, IReadOnlyList<SelectItem> items, List<string> names, ConditionCompiler compiler, TimeZoneInfo zone)
    {
        if (order.Count == 0)
        {
            return;
        }

        var keys = order.Select(o =>
        {
            var index = o.Key.Qualifier is null ? names.IndexOf(o.Key.Column) : -1;
            Func<Dictionary<string, object?>, object?> read = index >= 0 ? row => Value(row, items[index], zone) : row => row.GetValueOrDefault(compiler.Column(o.Key));
            if (index < 0)
            {
                compiler.Column(o.Key);
            }

            return (Read: read, o.Descending);
        }).ToList();
        var sorted = rows.Order(Comparer<Dictionary<string, object?>>.Create((a, b) =>
        {
            foreach (var (read, descending) in keys)
            {
                var (x, y) = (read(a), read(b));
                // Oracle puts nulls last ascending and first descending: nulls compare as the largest value.
                var result = x is null ? (y is null ? 0 : 1) : y is null ? -1 : SqlValues.Compare(x, y, zone);
                if (result != 0)
                {
                    return descending ? -result : result;
                }
            }

            return 0;
        })).ToList();
        rows.Clear();
        rows.AddRange(sorted);
    }
}

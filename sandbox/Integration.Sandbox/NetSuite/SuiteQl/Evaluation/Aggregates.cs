using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.SuiteQl.Syntax;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>COUNT(*), COUNT(column), SUM (number columns), MIN and MAX over the matching rows: one result row.</summary>
internal static class Aggregates
{
    public static JsonObject Row(IReadOnlyList<SelectItem> items, List<string> names, List<Dictionary<string, object?>> rows, SuiteQlTable table, TimeZoneInfo zone)
    {
        var json = new JsonObject { ["links"] = new JsonArray() };
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var values = item.Column is null ? [] : rows.Select(r => r.GetValueOrDefault(item.Column.Column)).OfType<object>().ToList();
            object? result = item.Function switch
            {
                "COUNT" => (decimal)(item.Column is null ? rows.Count : values.Count),
                "SUM" when table.KindOf(item.Column!.Column) != ColumnKind.Number => throw new SuiteQlException($"SUM needs a number field; '{item.Column.Column}' is not one."),
                "SUM" => values.Count == 0 ? null : values.Cast<decimal>().Sum(),
                "MIN" => values.Count == 0 ? null : values.Aggregate((a, b) => SqlValues.Compare(a, b, zone) <= 0 ? a : b),
                _ => values.Count == 0 ? null : values.Aggregate((a, b) => SqlValues.Compare(a, b, zone) >= 0 ? a : b),
            };
            if (result is not null)
            {
                json[names[i]] = SqlValues.Display(result, zone);
            }
        }

        return json;
    }
}

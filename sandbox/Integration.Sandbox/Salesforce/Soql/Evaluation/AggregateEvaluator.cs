using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Rest;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>Groups rows by the GROUP BY fields (one group for all rows without it) and builds AggregateResult records.</summary>
internal static class AggregateEvaluator
{
    public static List<JsonObject> Evaluate(BoundQuery query, List<SoqlRow> rows)
    {
        var groups = new List<List<SoqlRow>>();
        if (query.GroupBy.Count == 0)
        {
            groups.Add(rows);
        }
        else
        {
            var byKey = new Dictionary<string, List<SoqlRow>>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var key = string.Join('\u0001', query.GroupBy.Select(g => ValueComparer.GroupKey(g.Read(row))?.ToString() ?? "\u0000"));
                if (!byKey.TryGetValue(key, out var members))
                {
                    byKey[key] = members = [];
                    groups.Add(members);
                }

                members.Add(row);
            }
        }

        if (query.OrderBy.Count > 0)
        {
            var compare = QueryExecutor.Comparer(query);
            groups.Sort((a, b) => compare(a[0], b[0]));
        }

        return [.. groups.Select(g => Row(query, g))];
    }

    private static JsonObject Row(BoundQuery query, List<SoqlRow> members)
    {
        var json = new JsonObject { ["attributes"] = new JsonObject { ["type"] = "AggregateResult" } };
        foreach (var item in query.Select)
        {
            if (!item.IsAggregate)
            {
                json[item.Field!.Field.Name] = RecordJson.Value(members.Count == 0 ? null : item.Field.Read(members[0]), item.Field.Field.Type);
                continue;
            }

            var values = item.Field is null ? [] : members.Select(item.Field.Read).Where(v => v is not null).ToList();
            json[item.OutputName] = item.Function switch
            {
                "COUNT" => item.Field is null ? members.Count : values.Count,
                "COUNT_DISTINCT" => values.Select(ValueComparer.GroupKey).Distinct().Count(),
                "SUM" => values.Count == 0 ? null : RecordJson.WithDecimalPoint(values.Cast<decimal>().Sum()),
                "AVG" => values.Count == 0 ? null : RecordJson.WithDecimalPoint(values.Cast<decimal>().Average()),
                "MIN" => RecordJson.Value(Extreme(values, item, -1), item.Field!.Field.Type),
                "MAX" => RecordJson.Value(Extreme(values, item, 1), item.Field!.Field.Type),
                _ => throw new InvalidOperationException(item.Function),
            };
        }

        return json;
    }

    private static object? Extreme(List<object?> values, BoundSelect item, int sign)
    {
        object? best = null;
        foreach (var value in values)
        {
            if (best is null || sign * ValueComparer.Compare(value!, best, item.Field!.Field.Type) > 0)
            {
                best = value;
            }
        }

        return best;
    }
}

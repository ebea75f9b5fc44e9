using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>
/// Compiles filter groups to a predicate. A record without a value matches only NEQ, NOT_IN, NOT_HAS_PROPERTY
/// and NOT_CONTAINS_TOKEN (the real API's handling of missing values is not documented).
/// </summary>
internal static class SearchPredicate
{
    public static Func<CrmRecord, bool> Compile(ObjectTable table, SearchRequest request)
    {
        var groups = request.FilterGroups.Where(g => g.Count > 0).Select(g => g.Select(f => Compile(table, f)).ToArray()).ToArray();
        var query = request.Query;
        return record => !record.Archived
            && (groups.Length == 0 || groups.Any(g => g.All(f => f(record))))
            && (string.IsNullOrWhiteSpace(query) || MatchesQuery(table, record, query));
    }

    /// <summary>The lowest id a match can have, from <c>hs_object_id</c> GT/GTE/EQ filters present in every group.</summary>
    public static long LowestPossibleId(SearchRequest request)
    {
        var groups = request.FilterGroups.Where(g => g.Count > 0).ToList();
        if (groups.Count == 0)
        {
            return 0;
        }

        return groups.Min(g => g.Where(f => f.PropertyName == "hs_object_id" && long.TryParse(f.Value, out _))
            .Select(f => f.Operator switch
            {
                SearchOperator.GT => long.Parse(f.Value!, System.Globalization.CultureInfo.InvariantCulture) + 1,
                SearchOperator.GTE or SearchOperator.EQ or SearchOperator.BETWEEN => long.Parse(f.Value!, System.Globalization.CultureInfo.InvariantCulture),
                _ => 0,
            })
            .DefaultIfEmpty(0).Max());
    }

    private static Func<CrmRecord, bool> Compile(ObjectTable table, SearchFilter filter)
    {
        var type = table.Property(filter.PropertyName)?.Type ?? "string";
        var name = filter.PropertyName;
        var value = filter.Value ?? string.Empty;
        var values = filter.Values;
        return filter.Operator switch
        {
            SearchOperator.EQ => r => Has(r, name, out var v) && SearchValues.Compare(type, v, value) == 0,
            SearchOperator.NEQ => r => !Has(r, name, out var v) || SearchValues.Compare(type, v, value) != 0,
            SearchOperator.LT => r => Has(r, name, out var v) && SearchValues.Compare(type, v, value) < 0,
            SearchOperator.LTE => r => Has(r, name, out var v) && SearchValues.Compare(type, v, value) <= 0,
            SearchOperator.GT => r => Has(r, name, out var v) && SearchValues.Compare(type, v, value) > 0,
            SearchOperator.GTE => r => Has(r, name, out var v) && SearchValues.Compare(type, v, value) >= 0,
            SearchOperator.BETWEEN => r => Has(r, name, out var v) && SearchValues.Compare(type, v, value) >= 0 && SearchValues.Compare(type, v, filter.HighValue ?? string.Empty) <= 0,
            SearchOperator.IN => r => Has(r, name, out var v) && values.Any(x => SearchValues.Compare(type, v, x) == 0),
            SearchOperator.NOT_IN => r => !Has(r, name, out var v) || !values.Any(x => SearchValues.Compare(type, v, x) == 0),
            SearchOperator.HAS_PROPERTY => r => Has(r, name, out _),
            SearchOperator.NOT_HAS_PROPERTY => r => !Has(r, name, out _),
            SearchOperator.CONTAINS_TOKEN => r => Has(r, name, out var v) && SearchValues.ContainsToken(v, value),
            _ => r => !Has(r, name, out var v) || !SearchValues.ContainsToken(v, value),
        };
    }

    private static bool Has(CrmRecord record, string name, out string value)
    {
        value = record.Get(name) ?? string.Empty;
        return value.Length > 0;
    }

    private static bool MatchesQuery(ObjectTable table, CrmRecord record, string query) =>
        table.Type.DefaultProperties.Any(p => record.Get(p) is { } v && (v.StartsWith(query, StringComparison.OrdinalIgnoreCase) || SearchValues.ContainsToken(v, query)));
}

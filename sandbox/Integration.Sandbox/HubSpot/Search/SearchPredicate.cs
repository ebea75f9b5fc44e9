using System.Globalization;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>
/// Compiles filter groups to a predicate. A record without a value matches only NEQ, NOT_IN, NOT_HAS_PROPERTY
/// and NOT_CONTAINS_TOKEN (the real API's handling of missing values is not documented). Filters on
/// <c>hs_object_id</c> compare the numeric id directly, so windowing scans stay cheap.
/// </summary>
internal static class SearchPredicate
{
    public static Func<CrmRecord, bool> Compile(ObjectTable table, SearchRequest request)
    {
        var groups = request.FilterGroups.Where(g => g.Count > 0).Select(g => g.Select(f => Compile(table, f)).ToArray()).ToArray();
        var query = request.Query;
        return record => !record.Archived && AnyGroup(groups, record) && (string.IsNullOrWhiteSpace(query) || MatchesQuery(table, record, query));
    }

    /// <summary>The lowest id a match can have, from <c>hs_object_id</c> GT/GTE/EQ/BETWEEN filters present in every group.</summary>
    public static long LowestPossibleId(SearchRequest request)
    {
        var groups = request.FilterGroups.Where(g => g.Count > 0).ToList();
        if (groups.Count == 0)
        {
            return 0;
        }

        return groups.Min(g => g.Where(f => f.PropertyName == "hs_object_id" && long.TryParse(f.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            .Select(f => f.Operator switch
            {
                SearchOperator.GT => long.Parse(f.Value!, CultureInfo.InvariantCulture) + 1,
                SearchOperator.GTE or SearchOperator.EQ or SearchOperator.BETWEEN => long.Parse(f.Value!, CultureInfo.InvariantCulture),
                _ => 0,
            })
            .DefaultIfEmpty(0).Max());
    }

    private static bool AnyGroup(Func<CrmRecord, bool>[][] groups, CrmRecord record)
    {
        if (groups.Length == 0)
        {
            return true;
        }

        foreach (var group in groups)
        {
            var all = true;
            foreach (var filter in group)
            {
                if (!filter(record))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static Func<CrmRecord, bool> Compile(ObjectTable table, SearchFilter filter)
    {
        if (filter.PropertyName == "hs_object_id" && IdFilter(filter) is { } byId)
        {
            return byId;
        }

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

    private static Func<CrmRecord, bool>? IdFilter(SearchFilter filter)
    {
        if (!long.TryParse(filter.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var high = long.TryParse(filter.HighValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) ? h : long.MaxValue;
        return filter.Operator switch
        {
            SearchOperator.EQ => r => r.Id == id,
            SearchOperator.NEQ => r => r.Id != id,
            SearchOperator.LT => r => r.Id < id,
            SearchOperator.LTE => r => r.Id <= id,
            SearchOperator.GT => r => r.Id > id,
            SearchOperator.GTE => r => r.Id >= id,
            SearchOperator.BETWEEN => r => r.Id >= id && r.Id <= high,
            _ => null,
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

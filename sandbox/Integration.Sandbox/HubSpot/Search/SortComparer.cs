using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>Orders records by one property (typed compare, missing values last), then by id ascending.</summary>
internal sealed class SortComparer(string property, string type, bool descending) : IComparer<CrmRecord>
{
    public int Compare(CrmRecord? x, CrmRecord? y)
    {
        var a = x!.Get(property);
        var b = y!.Get(property);
        int order;
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            order = string.IsNullOrEmpty(a) == string.IsNullOrEmpty(b) ? 0 : string.IsNullOrEmpty(a) ? 1 : -1;
            return order != 0 ? order : x.Id.CompareTo(y.Id);
        }

        order = SearchValues.Compare(type, a, b) ?? string.CompareOrdinal(a, b);
        if (descending)
        {
            order = -order;
        }

        return order != 0 ? order : x.Id.CompareTo(y.Id);
    }
}

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>A parsed, validated search body. Filters within a group are ANDed, groups are ORed.</summary>
internal sealed record SearchRequest(
    IReadOnlyList<IReadOnlyList<SearchFilter>> FilterGroups,
    string? SortProperty,
    bool Descending,
    string? Query,
    IReadOnlyList<string> Properties,
    int Limit,
    int After);

namespace Integration.Benchmarks.Report;

/// <summary>Both sides at the end: Salesforce Accounts against HubSpot companies by <c>salesforce_account_id</c>.</summary>
/// <param name="SourceRecords">Live Salesforce Accounts.</param>
/// <param name="DestinationRecords">Live HubSpot companies.</param>
/// <param name="Missing">Accounts with no company.</param>
/// <param name="Stale">Accounts whose company holds other values than the Account's final ones.</param>
/// <param name="Duplicated">Companies beyond the first for one Account.</param>
/// <param name="Examples">Up to ten differing accounts: "id: Salesforce values != HubSpot values" (values "Name|Phone|Description").</param>
internal sealed record SideComparison(int SourceRecords, int DestinationRecords, int Missing, int Stale, int Duplicated, IReadOnlyList<string> Examples)
{
    /// <summary>Changes that did not arrive: missing records plus records left with older values.</summary>
    public int Lost => Missing + Stale;

    public static SideComparison Of(IReadOnlyDictionary<string, string> accounts, IReadOnlyList<(string? SalesforceId, string Values)> companies)
    {
        var bySalesforceId = companies.Where(c => c.SalesforceId is not null).GroupBy(c => c.SalesforceId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var missing = accounts.Keys.Count(id => !bySalesforceId.ContainsKey(id));
        var differing = accounts.Where(a => !bySalesforceId.TryGetValue(a.Key, out var found) || found.All(c => c.Values != a.Value)).ToList();
        var duplicated = bySalesforceId.Values.Sum(g => g.Count - 1);
        var examples = differing.Take(10).Select(a => $"{a.Key}: {a.Value} != {(bySalesforceId.TryGetValue(a.Key, out var found) ? string.Join(" / ", found.Select(c => c.Values)) : "(none)")}").ToList();
        return new SideComparison(accounts.Count, companies.Count, missing, differing.Count - missing, duplicated, examples);
    }
}

namespace Integration.Benchmarks.Report;

/// <summary>Both sides at the end: Salesforce Accounts against HubSpot companies by <c>salesforce_account_id</c>.</summary>
/// <param name="SourceRecords">Live Salesforce Accounts.</param>
/// <param name="DestinationRecords">Live HubSpot companies.</param>
/// <param name="Missing">Accounts with no company.</param>
/// <param name="Stale">Accounts whose company holds other values than the Account's final ones.</param>
/// <param name="Duplicated">Companies beyond the first for one Account.</param>
internal sealed record SideComparison(int SourceRecords, int DestinationRecords, int Missing, int Stale, int Duplicated)
{
    /// <summary>Changes that did not arrive: missing records plus records left with older values.</summary>
    public int Lost => Missing + Stale;

    public static SideComparison Of(IReadOnlyDictionary<string, string> accounts, IReadOnlyList<(string? SalesforceId, string Values)> companies)
    {
        var bySalesforceId = companies.Where(c => c.SalesforceId is not null).GroupBy(c => c.SalesforceId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var missing = accounts.Keys.Count(id => !bySalesforceId.ContainsKey(id));
        var stale = accounts.Count(a => bySalesforceId.TryGetValue(a.Key, out var found) && found.All(c => c.Values != a.Value));
        var duplicated = bySalesforceId.Values.Sum(g => g.Count - 1);
        return new SideComparison(accounts.Count, companies.Count, missing, stale, duplicated);
    }
}

using Integration.TestKit.Plans;

namespace Integration.Benchmarks;

/// <summary>The benchmark's plan: <see cref="AccountsToCompaniesPlan"/> with Name, Phone and Description, every field under one sync rule.</summary>
internal static class BenchPlan
{
    public const string SalesforceConnection = "BenchSf";
    public const string HubSpotConnection = "BenchHs";
    public const string ExternalIdProperty = AccountsToCompaniesPlan.ExternalIdProperty;

    /// <summary>The HubSpot property the Account's Description lands in; the benchmark creates it (the user edits change Phone or Description).</summary>
    public const string DescriptionProperty = "sf_description";

    /// <summary>Writes the plan with <paramref name="syncRule"/> on every field; returns its path.</summary>
    public static string WriteToTempFile(string syncRule) =>
        new AccountsToCompaniesPlan("sync-benchmark", SalesforceConnection, HubSpotConnection)
        {
            Fields = [("Name", "name"), ("Phone", "phone"), ("Description", DescriptionProperty)],
            SyncRule = syncRule,
        }.WriteToTempFile();
}

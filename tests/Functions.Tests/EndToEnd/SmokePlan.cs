using Integration.TestKit.Plans;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>The end-to-end tests' plan (<see cref="AccountsToCompaniesPlan"/>: Account Name and Phone to companies) and its connection names.</summary>
internal static class SmokePlan
{
    public const string SalesforceConnection = "Sf";
    public const string HubSpotConnection = "Hs";
    public const string ExternalIdProperty = AccountsToCompaniesPlan.ExternalIdProperty;

    /// <summary>
    /// Writes the plan with <paramref name="deletePolicy"/>, when given an external-id field on the Account side (so a
    /// company can create an Account), and when given one sync rule for every field (default: the plan's, two-way).
    /// </summary>
    public static string WriteToTempFile(string deletePolicy = "ignore", string? accountExternalIdField = null, string? syncRule = null) =>
        new AccountsToCompaniesPlan("functions-e2e", SalesforceConnection, HubSpotConnection)
        {
            DeletePolicy = deletePolicy,
            AccountExternalIdField = accountExternalIdField,
            SyncRule = syncRule,
        }.WriteToTempFile();
}

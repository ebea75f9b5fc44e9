using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Fakes;

/// <summary>
/// The plan the engine tests run: Salesforce (<c>sf</c>) Account to HubSpot (<c>hs</c>) companies and Contact to
/// contacts, external ids <c>Hs_Id__c</c> on Salesforce and <c>sf_id</c> on HubSpot.
/// </summary>
internal static class TestPlans
{
    public const string Accounts = "accounts";
    public const string Contacts = "contacts";

    public static MigrationPlan Build(
        SyncRule nameRule = SyncRule.TwoWay,
        DeletePolicy deletePolicy = DeletePolicy.Ignore,
        string sourceOfTruth = "sf",
        string? salesforceExternalId = "Hs_Id__c")
    {
        var accounts = new ObjectMapping(
            Accounts,
            new ObjectEndpoint("sf", "Account", salesforceExternalId),
            new ObjectEndpoint("hs", "companies", "sf_id"),
            sourceOfTruth,
            deletePolicy,
            null,
            [
                new FieldMapping(["Name"], "name", new CopyTransformSpec(), nameRule),
                new FieldMapping(["Industry"], "industry", new ValueMapTransformSpec(new Dictionary<string, string?> { ["Tech"] = "TECHNOLOGY", ["Retail"] = "RETAIL" })),
                new FieldMapping(["Phone"], "phone", new CopyTransformSpec()),
            ],
            MappingReconciliation.None);
        var contacts = new ObjectMapping(
            Contacts,
            new ObjectEndpoint("sf", "Contact", salesforceExternalId),
            new ObjectEndpoint("hs", "contacts", "sf_id"),
            sourceOfTruth,
            deletePolicy,
            null,
            [
                new FieldMapping(["LastName"], "lastname", new CopyTransformSpec()),
                new FieldMapping(["AccountId"], "associatedcompanyid", new LookupTransformSpec("Account")),
            ],
            MappingReconciliation.None);
        return new MigrationPlan(
            "engine-tests",
            null,
            [new SystemDefinition("sf", SystemKind.Salesforce, "sf"), new SystemDefinition("hs", SystemKind.HubSpot, "hs")],
            [accounts, contacts],
            new ReconciliationSettings("0 0 * * * *", new ReconciliationThresholds(0, 0, true, 1)),
            RehearsalSettings.Default,
            new RollbackWindow(RollbackKind.Saas));
    }
}

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>A one-mapping plan: Salesforce Account to HubSpot companies, keyed on HubSpot by <c>salesforce_account_id</c>.</summary>
internal static class SmokePlan
{
    public const string SalesforceConnection = "Sf";
    public const string HubSpotConnection = "Hs";
    public const string ExternalIdProperty = "salesforce_account_id";

    public const string Json = """
        {
          "name": "functions-smoke",
          "systems": {
            "sf": { "kind": "salesforce", "connection": "Sf" },
            "hs": { "kind": "hubspot", "connection": "Hs" }
          },
          "mappings": [
            {
              "name": "accounts",
              "source": { "system": "sf", "object": "Account" },
              "destination": { "system": "hs", "object": "companies", "externalIdField": "salesforce_account_id" },
              "sourceOfTruth": "sf",
              "deletePolicy": "ignore",
              "fields": [
                { "source": "Name", "destination": "name" },
                { "source": "Phone", "destination": "phone" }
              ]
            }
          ],
          "reconciliation": {
            "schedule": "0 0 */6 * * *",
            "thresholds": { "rowCountVariance": 0, "sumVariancePercent": 0.01, "dateMinMaxExact": true, "rowHashMatchRate": 0.999 }
          },
          "rollbackWindow": { "kind": "saas" }
        }
        """;

    public static string WriteToTempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"functions-smoke-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json);
        return path;
    }
}

namespace Integration.Benchmarks;

/// <summary>The benchmark's plan: Salesforce Account to HubSpot companies (Name, Phone, Description), keyed by <c>salesforce_account_id</c>.</summary>
internal static class BenchPlan
{
    public const string SalesforceConnection = "BenchSf";
    public const string HubSpotConnection = "BenchHs";
    public const string ExternalIdProperty = "salesforce_account_id";

    /// <summary>The HubSpot property the Account's Description lands in; the benchmark creates it (the user edits change Phone or Description).</summary>
    public const string DescriptionProperty = "sf_description";

    private const string Json = """
        {
          "name": "sync-benchmark",
          "systems": {
            "sf": { "kind": "salesforce", "connection": "BenchSf" },
            "hs": { "kind": "hubspot", "connection": "BenchHs" }
          },
          "mappings": [
            {
              "name": "accounts",
              "source": { "system": "sf", "object": "Account" },
              "destination": { "system": "hs", "object": "companies", "externalIdField": "salesforce_account_id" },
              "sourceOfTruth": "sf",
              "deletePolicy": "ignore",
              "fields": [
                { "source": "Name", "destination": "name", "sync": "SYNC_RULE" },
                { "source": "Phone", "destination": "phone", "sync": "SYNC_RULE" },
                { "source": "Description", "destination": "sf_description", "sync": "SYNC_RULE" }
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

    /// <summary>Writes the plan with <paramref name="syncRule"/> on every field; returns its path.</summary>
    public static string WriteToTempFile(string syncRule)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sync-benchmark-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json.Replace("SYNC_RULE", syncRule, StringComparison.Ordinal));
        return path;
    }
}

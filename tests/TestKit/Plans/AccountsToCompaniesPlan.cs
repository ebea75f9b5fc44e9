using System.Text.Json.Nodes;

namespace Integration.TestKit.Plans;

/// <summary>
/// The plan the end-to-end tests and the benchmark sync with: one mapping, Salesforce Account to HubSpot companies keyed
/// on HubSpot by <see cref="ExternalIdProperty"/>, source of truth Salesforce. The options vary what those runs vary.
/// </summary>
/// <param name="Name">The plan's name.</param>
/// <param name="SalesforceConnection">The Salesforce connection's name (its settings under <c>Salesforce:Connections</c>).</param>
/// <param name="HubSpotConnection">The HubSpot connection's name (its settings under <c>HubSpot:Connections</c>).</param>
public sealed record AccountsToCompaniesPlan(string Name, string SalesforceConnection, string HubSpotConnection)
{
    /// <summary>The HubSpot company property holding the Account id.</summary>
    public const string ExternalIdProperty = "salesforce_account_id";

    /// <summary>Account field to company property; default Name and Phone.</summary>
    public IReadOnlyList<(string Source, string Destination)> Fields { get; init; } = [("Name", "name"), ("Phone", "phone")];

    /// <summary>The sync rule of every field (<c>always-from-source</c>, <c>two-way</c>, …); null leaves the plan's default.</summary>
    public string? SyncRule { get; init; }

    /// <summary>The mapping's delete policy; default <c>ignore</c>.</summary>
    public string DeletePolicy { get; init; } = "ignore";

    /// <summary>An external-id field on the Account side (so a company can create an Account); default none.</summary>
    public string? AccountExternalIdField { get; init; }

    /// <summary>The plan as JSON.</summary>
    public string ToJson()
    {
        var source = new JsonObject { ["system"] = "sf", ["object"] = "Account" };
        if (AccountExternalIdField is not null)
        {
            source["externalIdField"] = AccountExternalIdField;
        }

        var fields = new JsonArray();
        foreach (var (from, to) in Fields)
        {
            var field = new JsonObject { ["source"] = from, ["destination"] = to };
            if (SyncRule is not null)
            {
                field["sync"] = SyncRule;
            }

            fields.Add(field);
        }

        return new JsonObject
        {
            ["name"] = Name,
            ["systems"] = new JsonObject
            {
                ["sf"] = new JsonObject { ["kind"] = "salesforce", ["connection"] = SalesforceConnection },
                ["hs"] = new JsonObject { ["kind"] = "hubspot", ["connection"] = HubSpotConnection },
            },
            ["mappings"] = new JsonArray(new JsonObject
            {
                ["name"] = "accounts",
                ["source"] = source,
                ["destination"] = new JsonObject { ["system"] = "hs", ["object"] = "companies", ["externalIdField"] = ExternalIdProperty },
                ["sourceOfTruth"] = "sf",
                ["deletePolicy"] = DeletePolicy,
                ["fields"] = fields,
            }),
            ["reconciliation"] = new JsonObject
            {
                ["schedule"] = "0 0 */6 * * *",
                ["thresholds"] = new JsonObject
                {
                    ["rowCountVariance"] = 0, ["sumVariancePercent"] = 0.01, ["dateMinMaxExact"] = true, ["rowHashMatchRate"] = 0.999,
                },
            },
            ["rollbackWindow"] = new JsonObject { ["kind"] = "saas" },
        }.ToJsonString();
    }

    /// <summary>Writes the plan to a new temp file; returns its path (the caller deletes it).</summary>
    public string WriteToTempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Name}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ToJson());
        return path;
    }
}

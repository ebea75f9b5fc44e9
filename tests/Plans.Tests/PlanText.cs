using System.Text.Json;
using System.Text.Json.Nodes;

namespace Integration.Plans.Tests;

/// <summary>A small valid plan, and copies of it with JSON Pointer edits applied.</summary>
internal static class PlanText
{
    public const string Remove = "<remove>";

    public const string Valid = """
        {
          "$schema": "../../schemas/plan.schema.json",
          "name": "test-plan",
          "systems": {
            "sf": { "kind": "salesforce", "connection": "Sf" },
            "hs": { "kind": "hubspot", "connection": "Hs" }
          },
          "mappings": [
            {
              "name": "accounts",
              "source": { "system": "sf", "object": "Account" },
              "destination": { "system": "hs", "object": "companies" },
              "sourceOfTruth": "sf",
              "fields": [
                { "source": "Name", "destination": "name" },
                { "source": "Phone", "destination": "phone" },
                { "source": "PrimaryContactId", "destination": "primary_contact", "transform": { "kind": "lookup", "object": "Contact", "deferrable": true } },
                { "source": "Industry", "destination": "industry", "transform": { "kind": "valueMap", "map": { "Banking": "BANKING" }, "onUnknown": "default", "default": "OTHER" } },
                { "sources": ["BillingCity", "BillingCountry"], "destination": "city_country", "transform": { "kind": "concat", "separator": ", " } },
                { "destination": "lifecyclestage", "transform": { "kind": "constant", "value": "customer" }, "sync": "on-create-only" },
                { "source": "CreatedDate", "destination": "created", "transform": { "kind": "convert", "to": "datetime", "timeZone": "Europe/Paris" } }
              ]
            },
            {
              "name": "contacts",
              "source": { "system": "sf", "object": "Contact" },
              "destination": { "system": "hs", "object": "contacts" },
              "sourceOfTruth": "hs",
              "fields": [
                { "source": "Email", "destination": "email" },
                { "source": "AccountId", "destination": "company_id", "transform": { "kind": "lookup", "object": "Account" } }
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

    /// <summary>The valid plan with edits: each a JSON Pointer and the JSON to put there (<see cref="Remove"/> removes it).</summary>
    public static string With(params (string Pointer, string Json)[] edits)
    {
        var root = JsonNode.Parse(Valid)!;
        foreach (var (pointer, json) in edits)
        {
            var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var parent = segments[..^1].Aggregate(root, (node, segment) => node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]!);
            var last = segments[^1];
            var value = json == Remove ? null : JsonNode.Parse(json);
            switch (parent)
            {
                case JsonArray array when last == "-":
                    array.Add(value);
                    break;
                case JsonArray array:
                    array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                    break;
                case JsonObject obj when json == Remove:
                    obj.Remove(last);
                    break;
                case JsonObject obj:
                    obj[last] = value;
                    break;
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

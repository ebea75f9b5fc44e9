using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Seeding;

namespace Integration.Sandbox.Salesforce.Streaming.Load;

/// <summary>What a simulated user changes on a record: one ordinary field per object, drawn from the load's random.</summary>
internal static class UserEdit
{
    public static JsonObject Body(SObjectType type, Random random) => type.Name switch
    {
        "Account" => random.Next(2) == 0
            ? new JsonObject { ["Phone"] = $"+1 555 {random.Next(1_000_000, 9_999_999)}" }
            : new JsonObject { ["Description"] = $"Edited by a user ({random.Next(1_000_000)})" },
        "Contact" => new JsonObject { ["Title"] = SeedVocabulary.Titles[random.Next(SeedVocabulary.Titles.Length)] + $" {random.Next(100)}" },
        _ => new JsonObject { ["Amount"] = (decimal)(random.Next(1, 5_000) * 100) },
    };

    /// <summary>A live record of one of <paramref name="types"/>, or null when none is found in a few draws.</summary>
    public static StoredRecord? Pick(OrgStore store, IReadOnlyList<SObjectType> types, Random random)
    {
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var table = store.Table(types[random.Next(types.Count)]);
            if (table.SlotCount == 0)
            {
                continue;
            }

            if (table.AtSlot(random.Next(table.SlotCount)) is { IsDeleted: false } record)
            {
                return record;
            }
        }

        return null;
    }
}

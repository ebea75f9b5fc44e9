using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Associations;

/// <summary>
/// The <c>associations</c> of a create body: <c>[{"to":{"id"},"types":[{"associationCategory","associationTypeId"}]}]</c>.
/// The target's object type follows from the type id.
/// </summary>
internal static class InlineAssociations
{
    public static List<(AssociationType Type, long ToId)> Read(PortalStore store, CrmObjectType from, JsonArray? items, out WriteProblem? problem)
    {
        problem = null;
        var found = new List<(AssociationType, long)>();
        foreach (var item in items ?? [])
        {
            var toText = RequestBody.Text(item?["to"]?["id"]);
            foreach (var typeNode in item?["types"] as JsonArray ?? [])
            {
                var typeId = (int?)typeNode?["associationTypeId"] ?? -1;
                if (AssociationTypes.Find(from.Name, ToTypeOf(from.Name, typeId), typeId) is not { } type)
                {
                    problem = new WriteProblem(400, "VALIDATION_ERROR", $"associationTypeId {typeId} is not valid from {from.Name}.");
                    return [];
                }

                if (!long.TryParse(toText, out var toId) || store.Tables[type.To].Find(toId) is not { Archived: false })
                {
                    problem = new WriteProblem(400, "VALIDATION_ERROR", $"{type.To} {toText} does not exist; it cannot be associated.");
                    return [];
                }

                found.Add((type, toId));
            }
        }

        return found;
    }

    private static string ToTypeOf(string from, int typeId) =>
        AssociationTypes.All.FirstOrDefault(t => t.From == from && t.TypeId == typeId)?.To ?? string.Empty;
}

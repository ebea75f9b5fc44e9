namespace Integration.Sandbox.HubSpot.Associations;

/// <summary>The association types between contacts, companies and deals (hubspot-verified.md, Associations v4).</summary>
internal static class AssociationTypes
{
    public static IReadOnlyList<AssociationType> All { get; } =
    [
        new("contacts", "companies", 279, 280, null),
        new("companies", "contacts", 280, 279, null),
        new("contacts", "companies", 1, 2, "Primary", 279),
        new("companies", "contacts", 2, 1, "Primary", 280),
        new("deals", "companies", 341, 342, null),
        new("companies", "deals", 342, 341, null),
        new("deals", "companies", 5, 6, "Primary", 341),
        new("companies", "deals", 6, 5, "Primary", 342),
        new("deals", "contacts", 3, 4, null),
        new("contacts", "deals", 4, 3, null),
    ];

    public static AssociationType? Find(string from, string to, int typeId) =>
        All.FirstOrDefault(t => t.From == from && t.To == to && t.TypeId == typeId);

    public static AssociationType? Default(string from, string to) =>
        All.FirstOrDefault(t => t.From == from && t.To == to && t.Label is null);
}

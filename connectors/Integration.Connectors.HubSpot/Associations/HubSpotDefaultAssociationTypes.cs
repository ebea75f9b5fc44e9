namespace Integration.Connectors.HubSpot.Associations;

/// <summary>
/// The unlabeled (default) HUBSPOT_DEFINED association type ids per direction. Ids 1, 2, 5 and 6
/// are the primary associations, not these (hubspot-verified.md, Associations v4).
/// </summary>
internal static class HubSpotDefaultAssociationTypes
{
    private static readonly Dictionary<(string From, string To), int> Unlabeled = new()
    {
        [("contacts", "companies")] = 279,
        [("companies", "contacts")] = 280,
        [("deals", "companies")] = 341,
        [("companies", "deals")] = 342,
        [("deals", "contacts")] = 3,
        [("contacts", "deals")] = 4,
    };

    public static int? Find(string fromObjectType, string toObjectType) =>
        Unlabeled.TryGetValue((fromObjectType.ToLowerInvariant(), toObjectType.ToLowerInvariant()), out var id) ? id : null;
}

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// The property holding an object's last modification time: <c>lastmodifieddate</c> for contacts,
/// <c>hs_lastmodifieddate</c> for companies, deals and every other object (hubspot-verified.md).
/// </summary>
internal static class HubSpotModificationProperty
{
    public const string ObjectId = "hs_object_id";

    public static string For(string objectType) =>
        string.Equals(objectType, "contacts", StringComparison.OrdinalIgnoreCase) ? "lastmodifieddate" : "hs_lastmodifieddate";
}

using Integration.Sandbox.HubSpot.Properties;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>The object types the sandbox emulates, found by path name (<c>contacts</c>) or type id (<c>0-1</c>).</summary>
internal static class CrmObjectTypes
{
    public static CrmObjectType Contacts { get; } = new("contacts", "0-1", "CONTACT", "Contact", "lastmodifieddate",
        ["createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"], StandardProperties.Contacts, 100_001);

    public static CrmObjectType Companies { get; } = new("companies", "0-2", "COMPANY", "Company", "hs_lastmodifieddate",
        ["createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"], StandardProperties.Companies, 30_000_001);

    public static CrmObjectType Deals { get; } = new("deals", "0-3", "DEAL", "Deal", "hs_lastmodifieddate",
        ["amount", "closedate", "createdate", "dealname", "dealstage", "hs_lastmodifieddate", "hs_object_id", "pipeline"], StandardProperties.Deals, 70_000_001);

    public static IReadOnlyList<CrmObjectType> All { get; } = [Contacts, Companies, Deals];

    public static CrmObjectType? Find(string name) => All.FirstOrDefault(t =>
        string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(t.TypeId, name, StringComparison.Ordinal)
        || string.Equals(t.EventPrefix, name, StringComparison.OrdinalIgnoreCase));
}

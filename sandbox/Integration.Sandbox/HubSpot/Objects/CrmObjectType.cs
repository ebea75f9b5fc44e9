using Integration.Sandbox.HubSpot.Properties;

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>
/// An emulated CRM object type: its path name (<c>contacts</c>), type id (<c>0-1</c>), the singular used in
/// messages and events, its modification-date property, the properties returned by default and the first id.
/// </summary>
internal sealed record CrmObjectType(
    string Name,
    string TypeId,
    string Singular,
    string Label,
    string ModifiedProperty,
    IReadOnlyList<string> DefaultProperties,
    IReadOnlyList<PropertyDefinition> StandardProperties,
    long FirstId)
{
    /// <summary>The event prefix: <c>contact</c> in <c>contact.creation</c>.</summary>
    public string EventPrefix => Singular.ToLowerInvariant();
}

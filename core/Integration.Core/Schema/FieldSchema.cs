namespace Integration.Core.Schema;

/// <summary>One field as the system describes it (Salesforce describe, HubSpot properties, NetSuite metadata).</summary>
/// <param name="Name">The API name.</param>
/// <param name="Type">The vendor's type name (<c>string</c>, <c>picklist</c>, <c>reference</c>, <c>number</c>, <c>datetime</c>…).</param>
/// <param name="Createable">Whether a create may set it.</param>
/// <param name="Updateable">Whether an update may set it.</param>
/// <param name="ExternalId">Whether it can key an upsert (Salesforce external id, HubSpot unique property).</param>
/// <param name="ReferenceTo">The objects a reference field points to; empty otherwise.</param>
/// <param name="PicklistValues">The allowed values of a picklist; empty otherwise.</param>
public sealed record FieldSchema(
    string Name,
    string Type,
    bool Createable,
    bool Updateable,
    bool ExternalId,
    IReadOnlyList<string> ReferenceTo,
    IReadOnlyList<string> PicklistValues);

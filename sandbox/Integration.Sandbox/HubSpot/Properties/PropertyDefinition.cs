using System.Text.Json.Nodes;

namespace Integration.Sandbox.HubSpot.Properties;

/// <summary>
/// A property of an object type as the properties API describes it. <see cref="Type"/> is one of
/// <c>string, number, date, datetime, enumeration, bool, phone_number</c>; other types are accepted as strings.
/// </summary>
internal sealed record PropertyDefinition(string Name, string Label, string Type, string FieldType, string GroupName)
{
    public IReadOnlyList<PropertyOption> Options { get; init; } = [];

    public bool HasUniqueValue { get; init; }

    /// <summary>Maintained by HubSpot (ids, timestamps): writes are refused with READ_ONLY_VALUE.</summary>
    public bool ReadOnlyValue { get; init; }

    public bool HubSpotDefined { get; init; } = true;

    public JsonObject ToJson(DateTimeOffset createdAt) => new()
    {
        ["updatedAt"] = Wire.Timestamp(createdAt),
        ["createdAt"] = Wire.Timestamp(createdAt),
        ["name"] = Name,
        ["label"] = Label,
        ["type"] = Type,
        ["fieldType"] = FieldType,
        ["description"] = string.Empty,
        ["groupName"] = GroupName,
        ["options"] = new JsonArray([.. Options.Select(o => (JsonNode)new JsonObject
        {
            ["label"] = o.Label,
            ["value"] = o.Value,
            ["displayOrder"] = o.DisplayOrder,
            ["hidden"] = false,
        })]),
        ["displayOrder"] = -1,
        ["calculated"] = false,
        ["externalOptions"] = false,
        ["hasUniqueValue"] = HasUniqueValue,
        ["hidden"] = false,
        ["hubspotDefined"] = HubSpotDefined,
        ["modificationMetadata"] = new JsonObject
        {
            ["archivable"] = !HubSpotDefined,
            ["readOnlyDefinition"] = HubSpotDefined,
            ["readOnlyValue"] = ReadOnlyValue,
        },
        ["formField"] = !ReadOnlyValue,
        ["archived"] = false,
    };
}

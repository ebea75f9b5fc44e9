using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Properties;

/// <summary>Whether a property's value can be written: <c>{"readOnlyValue","readOnlyDefinition","archivable"}</c>.</summary>
internal sealed record HubSpotPropertyModificationMetadata(
    [property: JsonPropertyName("readOnlyValue")] bool ReadOnlyValue = false,
    [property: JsonPropertyName("readOnlyDefinition")] bool ReadOnlyDefinition = false);

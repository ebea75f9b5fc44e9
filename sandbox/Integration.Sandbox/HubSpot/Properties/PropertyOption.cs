namespace Integration.Sandbox.HubSpot.Properties;

/// <summary>One allowed value of an enumeration property.</summary>
internal sealed record PropertyOption(string Label, string Value, int DisplayOrder);

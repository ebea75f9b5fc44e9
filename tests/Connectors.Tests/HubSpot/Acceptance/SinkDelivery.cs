namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>One POST the sink received: raw body, headers, the URI the receiver checked, and its answer.</summary>
internal sealed record SinkDelivery(byte[] Body, IReadOnlyDictionary<string, string> Headers, string PublicUri, int Status, string? Reason);

using Integration.Sandbox.Faults;

namespace Integration.Sandbox.HubSpot.Control;

/// <summary>A portal's API fault rules and webhook delivery fault rules; the seed makes them repeatable.</summary>
internal sealed record HubSpotFaultsRequest(IReadOnlyList<FaultRule>? Rules = null, IReadOnlyList<DeliveryFaultRule>? WebhookRules = null, int Seed = 0);

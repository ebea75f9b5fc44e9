namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>
/// The HubSpot acceptance tests measure throughput and latency in real time, so they run alone:
/// not beside each other, nor beside the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HubSpotAcceptanceGroup
{
    public const string Name = "HubSpot acceptance";
}

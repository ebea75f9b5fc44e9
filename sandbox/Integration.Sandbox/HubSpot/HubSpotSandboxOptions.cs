namespace Integration.Sandbox.HubSpot;

/// <summary>The HubSpot emulator's settings.</summary>
public sealed record HubSpotSandboxOptions
{
    /// <summary>Portals (accounts) that exist at start; one <c>default</c> portal unless set. More through the control API.</summary>
    public IReadOnlyList<HubSpotPortalOptions> Portals { get; init; } = [new HubSpotPortalOptions()];
}

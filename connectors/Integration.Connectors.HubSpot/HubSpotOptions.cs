namespace Integration.Connectors.HubSpot;

/// <summary>
/// The HubSpot connector's settings, section <c>HubSpot</c>: named connections (one per portal
/// and private app), webhook intake, and retry behaviour. Unknown keys are errors.
/// </summary>
public sealed class HubSpotOptions
{
    /// <summary>The configuration section: <c>HubSpot</c>.</summary>
    public const string SectionName = "HubSpot";

    /// <summary>The connections by name (<c>HubSpot:Connections:&lt;name&gt;</c>); plans refer to them by this name.</summary>
    public Dictionary<string, HubSpotConnectionOptions> Connections { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Webhook intake settings (<c>HubSpot:Webhooks</c>).</summary>
    public HubSpotWebhookOptions Webhooks { get; set; } = new();

    /// <summary>Retry settings shared by every connection (<c>HubSpot:Resilience</c>).</summary>
    public HubSpotResilienceOptions Resilience { get; set; } = new();
}

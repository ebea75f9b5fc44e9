using System.ComponentModel.DataAnnotations;
using Integration.Connectors.RequestBudget;

namespace Integration.Connectors.HubSpot;

/// <summary>One HubSpot connection: a portal reached through one private app (<c>HubSpot:Connections:&lt;name&gt;</c>).</summary>
public sealed class HubSpotConnectionOptions
{
    /// <summary>The API root. Default <c>https://api.hubapi.com</c>.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.hubapi.com");

    /// <summary>The private app's access token, sent as <c>Authorization: Bearer</c>. Required; never logged.</summary>
    [Required]
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The app's id; with <see cref="PortalId"/> it keys the request budget. Optional.</summary>
    public string? AppId { get; set; }

    /// <summary>The portal (account) id; with <see cref="AppId"/> it keys the request budget and the webhook stream. Optional.</summary>
    public string? PortalId { get; set; }

    /// <summary>The app's client secret, which signs webhooks (signature v3). Required to receive webhooks.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Records per batch write, 1 to 100 (HubSpot's batch limit). Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Records per search page, 1 to 200 (HubSpot's search limit). Default 200.</summary>
    public int SearchPageSize { get; set; } = 200;

    /// <summary>
    /// Records read through one search window before re-anchoring on <c>hs_object_id &gt; last</c>,
    /// at least <see cref="SearchPageSize"/> and at most 10,000 (HubSpot refuses to page past 10,000).
    /// One page (the page size) makes every page a fresh keyset query, which also tolerates records
    /// archived while the stream runs. Default 10,000.
    /// </summary>
    public int SearchWindowSize { get; set; } = 10_000;

    /// <summary>The request budget's starting limits (<c>...:RequestBudget</c>); learned from HubSpot's headers as responses arrive.</summary>
    public RequestBudgetOptions RequestBudget { get; set; } = new();
}

namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>Who made a change, as webhook events report it: <c>changeSource</c> and <c>sourceId</c>.</summary>
internal sealed record ChangeOrigin(string ChangeSource, string? SourceId)
{
    /// <summary>A write through the API with an app's token: <c>INTEGRATION</c>, the app id as source.</summary>
    public static ChangeOrigin Integration(long appId) => new("INTEGRATION", appId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An edit by a user in the HubSpot UI: <c>CRM_UI</c>, <c>userId:&lt;id&gt;</c>.</summary>
    public static ChangeOrigin User(long userId) => new("CRM_UI", $"userId:{userId}");
}

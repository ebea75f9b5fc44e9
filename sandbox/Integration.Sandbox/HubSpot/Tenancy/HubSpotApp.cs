namespace Integration.Sandbox.HubSpot.Tenancy;

/// <summary>A private app installed in a portal: its token, id and client secret.</summary>
internal sealed record HubSpotApp(string Token, long AppId, string ClientSecret);

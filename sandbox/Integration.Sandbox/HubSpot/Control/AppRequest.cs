namespace Integration.Sandbox.HubSpot.Control;

/// <summary>Another private app installed in a portal, with its own token, id and secret (and 10-second window).</summary>
internal sealed record AppRequest(string Token, long AppId, string ClientSecret);

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>Where an account's User Event script posts, and the HMAC secret it signs with.</summary>
internal sealed record WebhookTarget(Uri Url, string Secret);

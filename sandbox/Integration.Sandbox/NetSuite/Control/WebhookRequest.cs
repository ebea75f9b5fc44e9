namespace Integration.Sandbox.NetSuite.Control;

/// <summary>Points an account's User Event webhook at <see cref="Url"/>, signed with <see cref="Secret"/>.</summary>
internal sealed record WebhookRequest(Uri Url, string Secret);

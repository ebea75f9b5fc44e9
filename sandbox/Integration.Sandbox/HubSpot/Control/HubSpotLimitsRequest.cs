namespace Integration.Sandbox.HubSpot.Control;

/// <summary>New limits for a portal; null keeps a value. <c>DailyUsed</c> sets today's count.</summary>
internal sealed record HubSpotLimitsRequest(int? TenSecondLimit = null, long? DailyLimit = null, int? SearchPerSecond = null, long? DailyUsed = null);

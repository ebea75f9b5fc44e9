namespace Integration.Core.Changes;

/// <summary>
/// Who made a change, as the vendor reports it (Salesforce <c>changeOrigin</c> client id, HubSpot
/// <c>changeSource</c> and <c>sourceId</c>). Only a fast path for echo suppression: the fingerprint
/// comparison is the defence that always runs.
/// </summary>
/// <param name="Source">The kind of writer (<c>INTEGRATION</c>, <c>API</c>, <c>CRM_UI</c>, an API path).</param>
/// <param name="ClientId">The writing app's or API client's id, when the vendor gives one.</param>
public sealed record ChangeOrigin(string? Source, string? ClientId);

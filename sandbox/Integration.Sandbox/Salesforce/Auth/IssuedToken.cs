using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Auth;

/// <summary>An access token: the org it opens and when it stops working.</summary>
internal sealed record IssuedToken(SalesforceOrg Org, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

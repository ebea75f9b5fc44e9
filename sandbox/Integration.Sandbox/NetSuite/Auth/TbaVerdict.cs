using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Auth;

/// <summary>The account a request authenticated as, or the audit-trail reason it was refused.</summary>
internal sealed record TbaVerdict(NetSuiteAccount? Account, string? Reason)
{
    public static TbaVerdict Accept(NetSuiteAccount account) => new(account, null);

    public static TbaVerdict Reject(string reason) => new(null, reason);
}

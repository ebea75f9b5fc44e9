namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>What the CDC acceptance tests share: one collection (their loads must not compete for the two cores) and the wait bound.</summary>
internal static class CdcAcceptance
{
    public const string Collection = "Salesforce CDC acceptance";

    /// <summary>How long a single awaited event may take to arrive.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
}

namespace Integration.Functions.Settings;

/// <summary>
/// The app settings that function triggers name as <c>%Setting%</c> placeholders, with their defaults.
/// The platform resolves placeholders from app settings only, so a deployment sets them (infra does); the
/// local host adds <see cref="Defaults"/> below every other configuration source, so only overrides are needed.
/// </summary>
public static class SyncSettings
{
    /// <summary>The queue of change notifications (default <c>changes</c>).</summary>
    public const string ChangesQueue = "Sync:Queues:Changes";

    /// <summary>The writes queue of Salesforce destinations (default <c>writes-salesforce</c>).</summary>
    public const string WritesSalesforceQueue = "Sync:Queues:WritesSalesforce";

    /// <summary>The writes queue of HubSpot destinations (default <c>writes-hubspot</c>).</summary>
    public const string WritesHubSpotQueue = "Sync:Queues:WritesHubSpot";

    /// <summary>The writes queue of NetSuite destinations (default <c>writes-netsuite</c>).</summary>
    public const string WritesNetSuiteQueue = "Sync:Queues:WritesNetSuite";

    /// <summary>NCRONTAB of the Salesforce CDC drain (default every minute).</summary>
    public const string SalesforceDrainSchedule = "Sync:Salesforce:DrainSchedule";

    /// <summary>NCRONTAB of the NetSuite SuiteQL poll (default every minute).</summary>
    public const string NetSuitePollSchedule = "Sync:NetSuite:PollSchedule";

    /// <summary>NCRONTAB of the HubSpot modified-since sweep (default every 15 minutes).</summary>
    public const string HubSpotSweepSchedule = "Sync:HubSpot:SweepSchedule";

    /// <summary>Every placeholder setting with its default.</summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        [ChangesQueue] = "changes",
        [WritesSalesforceQueue] = "writes-salesforce",
        [WritesHubSpotQueue] = "writes-hubspot",
        [WritesNetSuiteQueue] = "writes-netsuite",
        [SalesforceDrainSchedule] = "0 */1 * * * *",
        [NetSuitePollSchedule] = "30 */1 * * * *",
        [HubSpotSweepSchedule] = "0 */15 * * * *",
    };
}

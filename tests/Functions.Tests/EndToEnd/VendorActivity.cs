namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// What the sandboxes counted: API calls to each vendor (reads and writes, ours and the test's), change events
/// Salesforce published (one per committed write that changed a record) and webhook events HubSpot queued (one per
/// subscribed property a write changed), and what the function app's writers wrote per system.
/// </summary>
internal sealed record VendorActivity(long SalesforceCalls, long HubSpotCalls, long SalesforceChangeEvents, long HubSpotWebhookEvents, double WrittenToSalesforce, double WrittenToHubSpot)
{
    public static async Task<VendorActivity> ReadAsync(SandboxClients vendors, Metrics.MeasurementRecorder metrics) => new(
        await vendors.SalesforceApiCallsAsync(),
        await vendors.HubSpotApiCallsAsync(),
        await vendors.SalesforceChangeEventsIssuedAsync(),
        (long)(await vendors.HubSpotWebhookStatsAsync())["eventsQueued"]!,
        metrics.Sum("integration.writes.out", ("outcome", "written"), ("system", "Salesforce")),
        metrics.Sum("integration.writes.out", ("outcome", "written"), ("system", "HubSpot")));
}

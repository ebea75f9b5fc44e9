using System.Text.Json;
using Integration.Connectors.Tests.NetSuite.Acceptance;
using Integration.Connectors.Tests.Sandboxes;
using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.NetSuite.ChangeFeed;

/// <summary>The sandbox's emulated User Event script and the connector's receiver agree on one webhook contract.</summary>
public sealed class NetSuiteWebhookSandboxTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    // Regression: the sandbox posted {account, id, lastModified, timestamp} while the receiver requires
    // {eventId, accountId, recordId, occurredAt}; every sandbox webhook was rejected with 400.
    [Fact]
    public async Task Webhook_sent_by_the_sandbox_is_accepted_as_one_change_event_stamped_with_lastmodifieddate()
    {
        await using var tenant = await sandbox.NewNetSuiteTenantAsync();
        await using var endpoint = await NetSuiteWebhookEndpoint.StartAsync(tenant.WebhookReceiver, NetSuiteSandboxTenant.Connection, "ns", sandbox.Clock);
        await tenant.SetWebhookAsync(endpoint.Url);
        var upsert = new RecordUpsert("WH-1", new Dictionary<string, JsonElement> { ["companyName"] = JsonSerializer.SerializeToElement("Hooked") });
        var written = Assert.Single(await tenant.Connector.Writer.UpsertAsync("customer", "externalId", [upsert], WriteLane.Live, TestContext.Current.CancellationToken));

        var received = await NextAsync(endpoint, tenant);

        var stored = Assert.Single(await tenant.Connector.Reader.ReadByIdsAsync("customer", [written.Id!], ["externalId"], TestContext.Current.CancellationToken));
        Assert.Equal(("ns", "customer", written.Id, ChangeKind.Create), (received.System, received.ObjectName, received.RecordIds.Single(), received.Kind));
        Assert.Equal(stored.Version.ModifiedAt, received.CommittedAt);
        Assert.StartsWith($"webhook:{NetSuiteSandboxTenant.Connection}:{tenant.AccountId}-", received.EventId, StringComparison.Ordinal);
    }

    private static async Task<ChangeEvent> NextAsync(NetSuiteWebhookEndpoint endpoint, NetSuiteSandboxTenant tenant)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (endpoint.Accepted.Count == 0)
        {
            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                var webhooks = (await tenant.CountsAsync()).GetProperty("webhooks");
                Assert.Fail($"No webhook accepted within 10 s (endpoint rejected {endpoint.Rejected}; sandbox counts {webhooks}).");
            }
        }

        return endpoint.Accepted.Single().Event;
    }
}

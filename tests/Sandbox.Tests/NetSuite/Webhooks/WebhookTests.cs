using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.NetSuite.Webhooks;

public sealed class WebhookTests(SandboxFixture fixture)
{
    private const string Secret = "whsec-test";

    [Fact]
    public async Task Create_posts_a_webhook_signed_over_timestamp_dot_body()
    {
        await using var receiver = new WebhookReceiver();
        var account = await NewAccountAsync(receiver);
        var id = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Acme", ["externalId"] = "W-1" });

        var (timestamp, signature, body) = await receiver.NextAsync("the customer create webhook");

        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
        Assert.Equal(expected, signature);
        Assert.Equal(fixture.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), timestamp);
        var payload = JsonNode.Parse(body)!;
        Assert.Equal(
            (account.Options.AccountId, "customer", id, "W-1", "create", "2026-11-23T10:15:30Z"),
            ((string)payload["accountId"]!, (string)payload["recordType"]!, (string)payload["recordId"]!, (string)payload["externalId"]!, (string)payload["eventType"]!, (string)payload["occurredAt"]!));
        Assert.StartsWith(account.Options.AccountId + "-", (string)payload["eventId"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_and_delete_post_edit_and_delete_events_in_order()
    {
        await using var receiver = new WebhookReceiver();
        var account = await NewAccountAsync(receiver);
        var id = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Acme" });
        await account.CallAsync(HttpMethod.Patch, $"services/rest/record/v1/customer/{id}", new JsonObject { ["phone"] = "2" });
        await account.CallAsync(HttpMethod.Delete, $"services/rest/record/v1/customer/{id}");

        var events = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            events.Add((string)JsonNode.Parse((await receiver.NextAsync($"webhook {i + 1} of 3")).Body)!["eventType"]!);
        }

        Assert.Equal(["create", "edit", "delete"], events);
    }

    [Fact]
    public async Task Drop_fault_loses_the_matching_webhook_and_counts_it()
    {
        await using var receiver = new WebhookReceiver();
        var account = await NewAccountAsync(receiver);
        await account.ControlAsync(HttpMethod.Put, "/webhook-faults", new { seed = 1, rules = new[] { new { rate = 1.0, errorCode = "DROP", pathContains = "/customer/" } } });
        await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Dropped" });
        await account.CreateAsync("contact", new JsonObject { ["lastName"] = "Delivered" });

        var delivered = JsonNode.Parse((await receiver.NextAsync("the contact webhook sent after the dropped one")).Body)!;
        // The sender counts a delivery once the receiver has answered, just after the receiver saw it.
        await Eventually.HoldsAsync(async () => (int)(await account.ControlAsync(HttpMethod.Get, "/counts"))["webhooks"]!["sent"]! == 1, "the contact webhook counted as sent");
        var counts = await account.ControlAsync(HttpMethod.Get, "/counts");

        Assert.Equal("contact", (string)delivered["recordType"]!);
        Assert.False(receiver.TryNext(out _), "the dropped customer webhook arrived");
        Assert.Equal((1, 1), ((int)counts["webhooks"]!["dropped"]!, (int)counts["webhooks"]!["sent"]!));
    }

    [Fact]
    public async Task Duplicate_fault_posts_the_same_signed_body_twice()
    {
        await using var receiver = new WebhookReceiver();
        var account = await NewAccountAsync(receiver);
        await account.ControlAsync(HttpMethod.Put, "/webhook-faults", new { seed = 1, rules = new[] { new { rate = 1.0, errorCode = "DUPLICATE" } } });
        await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Twice" });

        var first = await receiver.NextAsync("the first copy");
        var second = await receiver.NextAsync("the duplicate copy");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Unreachable_target_is_counted_as_failed_and_later_webhooks_still_flow()
    {
        await using var receiver = new WebhookReceiver();
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        await using (var closed = new WebhookReceiver())
        {
            await account.ControlAsync(HttpMethod.Put, "/webhook", new { url = closed.Url, secret = Secret });
        }

        await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Lost" });
        await Eventually.HoldsAsync(async () => (int)(await account.ControlAsync(HttpMethod.Get, "/counts"))["webhooks"]!["failed"]! == 1, "the webhook to a closed port counted as failed");
        await account.ControlAsync(HttpMethod.Put, "/webhook", new { url = receiver.Url, secret = Secret });
        var found = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Found" });

        var delivered = JsonNode.Parse((await receiver.NextAsync("the webhook after the failed one")).Body)!;

        Assert.Equal(found, (string)delivered["recordId"]!);
    }

    private async Task<NetSuiteTestAccount> NewAccountAsync(WebhookReceiver receiver)
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        await account.ControlAsync(HttpMethod.Put, "/webhook", new { url = receiver.Url, secret = Secret });
        return account;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.NetSuite.ChangeFeed;

public sealed class NetSuiteWebhookReceiverTests : IDisposable
{
    private const string Secret = "webhook-secret";
    private const string Body =
        """{"eventId":"evt-1","accountId":"1234567_SB1","recordType":"customer","recordId":"42","eventType":"edit","occurredAt":"2026-11-29T09:59:58Z","executionContext":"USERINTERFACE","changedFields":["email"]}""";

    private readonly NetSuiteHarness _harness = new(null);

    private string Now => _harness.Clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Webhook_with_valid_signature_is_accepted_as_one_change_event()
    {
        var result = await ReceiveAsync(Now, Sign(Secret, Now, Body), Body);

        Assert.Equal(202, result.StatusCode);
        Assert.Null(result.Error);
        var change = Assert.Single(result.Events);
        Assert.Equal(("erp", "customer", "42", ChangeKind.Update), (change.System, change.ObjectName, change.RecordIds.Single(), change.Kind));
        Assert.Equal(DateTimeOffset.Parse("2026-11-29T09:59:58Z", CultureInfo.InvariantCulture), change.CommittedAt);
        Assert.Equal("webhook:main:evt-1", change.EventId);
        Assert.Equal(new StreamPosition("netsuite:main:webhook", "evt-1"), change.Position);
        Assert.Equal("USERINTERFACE", change.Origin?.Source);
        Assert.Equal(["email"], change.ChangedFields!);
    }

    [Theory]
    [InlineData("create", ChangeKind.Create)]
    [InlineData("delete", ChangeKind.Delete)]
    [InlineData("xedit", ChangeKind.Update)]
    public async Task Webhook_event_type_maps_to_the_change_kind(string eventType, ChangeKind kind)
    {
        var body = Body.Replace("\"edit\"", $"\"{eventType}\"", StringComparison.Ordinal);

        var result = await ReceiveAsync(Now, Sign(Secret, Now, body), body);

        Assert.Equal(kind, Assert.Single(result.Events).Kind);
    }

    public static TheoryData<string, int, string> Rejections => new()
    {
        { "tampered body", 401, "X-NetSuite-Signature" },
        { "signature by another secret", 401, "X-NetSuite-Signature" },
        { "signature off by one character", 401, "X-NetSuite-Signature" },
        { "missing signature", 401, "X-NetSuite-Signature" },
        { "stale timestamp", 401, "at most 300 s" },
        { "future timestamp", 401, "at most 300 s" },
        { "missing timestamp", 401, "X-NetSuite-Timestamp" },
        { "too large", 413, "exceeds 65536 bytes" },
        { "malformed json", 400, "not valid JSON" },
        { "missing record id", 400, "must carry" },
        { "another account", 400, "for account 7654321" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Webhook_that_fails_validation_is_rejected_and_yields_nothing(string case_, int status, string reason)
    {
        var (timestamp, signature, body) = Request(case_);

        var result = await ReceiveAsync(timestamp, signature, body);

        Assert.Equal(status, result.StatusCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Events);
        Assert.False(result.Accepted);
    }

    [Fact]
    public async Task Webhook_for_a_connection_without_secret_is_rejected()
    {
        using var harness = new NetSuiteHarness(null, new Dictionary<string, string?> { ["NetSuite:Connections:main:WebhookSecret"] = null });
        var now = harness.Clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Body));

        var result = await harness.Receiver.ReceiveAsync("main", "erp", now, Sign(Secret, now, Body), stream, TestContext.Current.CancellationToken);

        Assert.Equal((401, 0), (result.StatusCode, result.Events.Count));
    }

    public void Dispose() => _harness.Dispose();

    private (string? Timestamp, string? Signature, string Body) Request(string case_)
    {
        var stale = (_harness.Clock.Now.ToUnixTimeSeconds() - 301).ToString(CultureInfo.InvariantCulture);
        var future = (_harness.Clock.Now.ToUnixTimeSeconds() + 301).ToString(CultureInfo.InvariantCulture);
        var valid = Sign(Secret, Now, Body);
        return case_ switch
        {
            "tampered body" => (Now, valid, Body.Replace("\"42\"", "\"43\"", StringComparison.Ordinal)),
            "signature by another secret" => (Now, Sign("other", Now, Body), Body),
            "signature off by one character" => (Now, valid[..^1] + (valid[^1] == '0' ? '1' : '0'), Body),
            "missing signature" => (Now, null, Body),
            "stale timestamp" => (stale, Sign(Secret, stale, Body), Body),
            "future timestamp" => (future, Sign(Secret, future, Body), Body),
            "missing timestamp" => (null, valid, Body),
            "too large" => (Now, Sign(Secret, Now, Body + new string(' ', 65536)), Body + new string(' ', 65536)),
            "malformed json" => (Now, Sign(Secret, Now, "{\"eventId\":"), "{\"eventId\":"),
            "missing record id" => (Now, Sign(Secret, Now, Without("recordId")), Without("recordId")),
            "another account" => (Now, Sign(Secret, Now, Account("7654321")), Account("7654321")),
            _ => throw new ArgumentOutOfRangeException(nameof(case_), case_, "unknown case"),
        };
    }

    private static string Without(string field) => Body.Replace($"\"{field}\":\"42\",", "", StringComparison.Ordinal);

    private static string Account(string account) => Body.Replace("1234567_SB1", account, StringComparison.Ordinal);

    /// <summary>The script's side, written independently: HMAC-SHA256 over "timestamp.body", lower-case hex.</summary>
    private static string Sign(string secret, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return "sha256=" + string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + body)).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private async Task<NetSuiteWebhookResult> ReceiveAsync(string? timestamp, string? signature, string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return await _harness.Receiver.ReceiveAsync("main", "erp", timestamp, signature, stream, TestContext.Current.CancellationToken);
    }
}

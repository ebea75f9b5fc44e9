using System.Globalization;
using System.Text;
using Integration.Connectors.HubSpot.Webhooks;
using Integration.Core.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Connectors.Tests.HubSpot.Webhooks;

public sealed class HubSpotWebhookReceiverTests : IDisposable
{
    private const string PublicUri = "https://sync.example.com/api/webhooks/hubspot/main";
    private const string Batch = """
        [{"eventId":100,"subscriptionId":12345,"portalId":62515,"appId":54321,"occurredAt":1764400000000,"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":123,"propertyName":"email","propertyValue":"a@b.com","changeSource":"CRM_UI","sourceId":"userId:42"},
         {"eventId":101,"subscriptionId":12346,"portalId":62515,"appId":54321,"occurredAt":1764400000001,"subscriptionType":"company.creation","attemptNumber":1,"objectId":456,"changeSource":"API","sourceId":"54321","changeFlag":"CREATED"},
         {"eventId":102,"subscriptionId":12347,"portalId":62515,"appId":54321,"occurredAt":1764400000002,"subscriptionType":"deal.deletion","attemptNumber":0,"objectId":789,"changeFlag":"DELETED"},
         {"eventId":103,"subscriptionId":12348,"portalId":62515,"appId":54321,"occurredAt":1764400000003,"subscriptionType":"contact.merge","attemptNumber":0,"objectId":11,"primaryObjectId":11,"mergedObjectIds":[12,13],"newObjectId":11,"numberOfPropertiesMoved":4},
         {"eventId":104,"subscriptionId":12349,"portalId":62515,"appId":54321,"occurredAt":1764400000004,"subscriptionType":"contact.associationChange","attemptNumber":0,"associationType":"CONTACT_TO_COMPANY","fromObjectId":123,"toObjectId":456,"associationRemoved":false},
         {"eventId":105,"subscriptionId":12350,"portalId":62515,"appId":54321,"occurredAt":1764400000005,"subscriptionType":"conversation.creation","attemptNumber":0,"objectId":5}]
        """;

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_764_400_060_000);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly ServiceProvider _services;
    private readonly HubSpotWebhookReceiver _receiver;

    public HubSpotWebhookReceiverTests()
    {
        _services = HubSpotTestHost.Build("http://localhost:1", _time, new Dictionary<string, string?> { ["HubSpot:Webhooks:MaxBodyBytes"] = "2048" });
        _receiver = _services.GetRequiredService<HubSpotWebhookReceiver>();
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Receive_valid_batch_is_accepted_with_one_event_per_mapped_subscription()
    {
        var result = _receiver.Receive("main", Signed("POST", PublicUri, Batch, Now.AddSeconds(-30)));

        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Reason);
        Assert.Equal(1, result.Ignored);
        Assert.Equal(
            [
                ("contacts", ChangeKind.Update, "123", "100"),
                ("companies", ChangeKind.Create, "456", "101"),
                ("deals", ChangeKind.Delete, "789", "102"),
                ("contacts", ChangeKind.Merge, "11,12,13", "103"),
                ("contacts", ChangeKind.Update, "123", "104"),
            ],
            result.Events.Select(e => (e.ObjectName, e.Kind, string.Join(",", e.RecordIds), e.EventId)));
    }

    [Fact]
    public void Receive_property_change_carries_position_origin_time_and_field()
    {
        var change = _receiver.Receive("main", Signed("POST", PublicUri, Batch, Now)).Events[0];

        Assert.Equal("main", change.System);
        Assert.Equal(new StreamPosition("hubspot:62515", "1764400000000:100"), change.Position);
        Assert.Equal(new ChangeOrigin("CRM_UI", "userId:42"), change.Origin);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_764_400_000_000), change.CommittedAt);
        Assert.Equal(["email"], change.ChangedFields);
    }

    [Fact]
    public void Receive_association_change_names_the_association_as_changed_field()
    {
        var change = _receiver.Receive("main", Signed("POST", PublicUri, Batch, Now)).Events[4];

        Assert.Equal(["association:CONTACT_TO_COMPANY"], change.ChangedFields);
    }

    public static TheoryData<string, Func<HubSpotWebhookRequest, HubSpotWebhookRequest>> Tampered => new()
    {
        { "body", r => r with { Body = Encoding.UTF8.GetBytes(Batch.Replace("\"objectId\":123", "\"objectId\":124", StringComparison.Ordinal)) } },
        { "uri", r => r with { PublicUri = PublicUri + "x" } },
        { "uri scheme", r => r with { PublicUri = PublicUri.Replace("https", "http", StringComparison.Ordinal) } },
        { "method", r => r with { Method = "PUT" } },
        { "timestamp", r => WithHeader(r, HubSpotWebhookReceiver.TimestampHeader, Stamp(Now.AddSeconds(-29))) },
        { "signature", r => WithHeader(r, HubSpotWebhookReceiver.SignatureHeader, "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=") },
        { "signature not base64", r => WithHeader(r, HubSpotWebhookReceiver.SignatureHeader, "not base64!") },
        { "signature missing", r => r with { Headers = new Dictionary<string, string> { [HubSpotWebhookReceiver.TimestampHeader] = Stamp(Now) } } },
        { "timestamp missing", r => r with { Headers = new Dictionary<string, string> { [HubSpotWebhookReceiver.SignatureHeader] = r.Headers.Single(h => h.Key.Equals(HubSpotWebhookReceiver.SignatureHeader, StringComparison.OrdinalIgnoreCase)).Value } } },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void Receive_tampered_delivery_is_rejected_with_401_and_no_events(string tampered, Func<HubSpotWebhookRequest, HubSpotWebhookRequest> tamper)
    {
        var result = _receiver.Receive("main", tamper(Signed("POST", PublicUri, Batch, Now.AddSeconds(-30))));

        Assert.True(result.StatusCode == 401, $"tampered {tampered}: {result.StatusCode} {result.Reason}");
        Assert.Empty(result.Events);
        Assert.NotNull(result.Reason);
    }

    [Theory]
    [InlineData(-301, 401)]
    [InlineData(-299, 200)]
    [InlineData(301, 401)]
    public void Receive_checks_timestamp_age_against_five_minutes(int offsetSeconds, int expected)
    {
        var result = _receiver.Receive("main", Signed("POST", PublicUri, Batch, Now.AddSeconds(offsetSeconds)));

        Assert.Equal(expected, result.StatusCode);
    }

    [Fact]
    public void Receive_delivery_replayed_after_five_minutes_is_rejected_as_stale()
    {
        var request = Signed("POST", PublicUri, Batch, Now);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromMilliseconds(1));

        var result = _receiver.Receive("main", request);

        Assert.Equal(401, result.StatusCode);
        Assert.Contains("Timestamp", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"eventId\":1}")]
    [InlineData("null")]
    [InlineData("[{\"subscriptionType\":\"contact.creation\"}]")]
    public void Receive_malformed_signed_body_is_rejected_with_400(string body)
    {
        var result = _receiver.Receive("main", Signed("POST", PublicUri, body, Now));

        Assert.Equal(400, result.StatusCode);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Receive_body_over_the_limit_is_rejected_with_413_before_checking_anything()
    {
        var body = "[" + new string(' ', 2048) + "]";

        var result = _receiver.Receive("main", Signed("POST", PublicUri, body, Now));

        Assert.Equal(413, result.StatusCode);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Receive_uri_with_encoded_characters_verifies_against_the_decoded_form()
    {
        var uri = "https://sync.example.com/hooks/hubspot%3Amain?tag=a%2Cb&q=x%20y";

        var result = _receiver.Receive("main", Signed("POST", uri, Batch, Now));

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public void Receive_unknown_connection_is_rejected_with_404()
    {
        Assert.Equal(404, _receiver.Receive("other", Signed("POST", PublicUri, Batch, Now)).StatusCode);
    }

    private static HubSpotWebhookRequest Signed(string method, string uri, string body, DateTimeOffset at)
    {
        var timestamp = Stamp(at);
        var signature = ReferenceSignatureV3.Sign(HubSpotTestHost.Secret, method, uri, body, timestamp);
        return new HubSpotWebhookRequest(
            method,
            uri,
            Encoding.UTF8.GetBytes(body),
            new Dictionary<string, string>
            {
                ["x-hubspot-signature-v3"] = signature,
                ["X-HubSpot-Request-Timestamp"] = timestamp,
                ["Content-Type"] = "application/json",
            });
    }

    private static HubSpotWebhookRequest WithHeader(HubSpotWebhookRequest request, string name, string value)
    {
        var headers = request.Headers
            .Where(header => !string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(header => header.Key, header => header.Value);
        headers[name] = value;
        return request with { Headers = headers };
    }

    private static string Stamp(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}

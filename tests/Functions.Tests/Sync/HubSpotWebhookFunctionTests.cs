using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Integration.Core.Changes;
using Integration.Functions.Intake;
using Integration.Functions.Storage;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.Sync;

public sealed class HubSpotWebhookFunctionTests(AzuriteFixture azurite) : IDisposable
{
    private const string Path = "/api/webhooks/hubspot/" + SyncHostSettings.HubSpotConnection;
    private const string Body = """
        [{"eventId":100,"subscriptionId":1,"portalId":62515,"appId":54321,"occurredAt":1764400000000,"subscriptionType":"company.propertyChange","attemptNumber":0,"objectId":901,"propertyName":"name","propertyValue":"Acme"},
         {"eventId":101,"subscriptionId":2,"portalId":62515,"appId":54321,"occurredAt":1764400000001,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":902,"changeFlag":"CREATED"}]
        """;

    private readonly SyncStorageBed _bed = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Valid_delivery_answers_200_after_its_events_are_on_the_changes_queue_under_the_plan_system()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Signed(Body, SyncHostSettings.HubSpotSecret), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(await _bed.ReceiveAllAsync(_bed.QueueNames.Changes, Ct));
        var events = JsonSerializer.Deserialize<ChangesMessage>(message, MessageJson.Options)!.Events!;
        Assert.Equal(
            [("hs", "companies", "901", ChangeKind.Update), ("hs", "contacts", "902", ChangeKind.Create)],
            events.Select(e => (e.System, e.ObjectName, string.Join(",", e.RecordIds), e.Kind)));
    }

    [Theory]
    [InlineData("wrong secret")]
    [InlineData("tampered body")]
    public async Task Tampered_delivery_answers_401_and_enqueues_nothing(string tampering)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        using var request = tampering == "wrong secret"
            ? Signed(Body, "not-the-secret")
            : Signed(Body, SyncHostSettings.HubSpotSecret, Body.Replace("901", "909", StringComparison.Ordinal));

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await _bed.ReceiveAllAsync(_bed.QueueNames.Changes, Ct));
    }

    [Fact]
    public async Task Delivery_while_sync_is_off_answers_503_naming_the_setting()
    {
        await _bed.CreateAsync(Ct);
        await using var host = await StartAsync(syncOn: false);
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Signed(Body, SyncHostSettings.HubSpotSecret), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Integration:PlanPath", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await _bed.ReceiveAllAsync(_bed.QueueNames.Changes, Ct));
    }

    private async Task<TestLocalHost> StartAsync(bool syncOn = true)
    {
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        if (!syncOn)
        {
            settings.Remove("Integration:PlanPath");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return await TestLocalHost.StartAsync([typeof(HubSpotWebhookFunction)], settings, services => services.AddIntegrationFunctions(configuration));
    }

    private static HttpRequestMessage Signed(string signedBody, string secret, string? sentBody = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var uri = "https://sync.example.com" + Path;
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes("POST" + uri + signedBody + timestamp));
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(sentBody ?? signedBody, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-HubSpot-Signature-v3", Convert.ToBase64String(hmac.GetHashAndReset()));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        return request;
    }
}

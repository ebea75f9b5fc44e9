namespace Integration.Sandbox.Tests.Salesforce.Streaming;

/// <summary>A test org plus a handshaken Bayeux client subscribed to one channel, its first (immediate) connect done.</summary>
public static class StreamingSession
{
    public static async Task<BayeuxTestClient> SubscribedAsync(SalesforceTestOrg org, Uri baseUrl, string channel = "/data/ChangeEvents", long? replayId = null)
    {
        var client = new BayeuxTestClient(baseUrl, Token(org));
        var handshake = await client.HandshakeAsync();
        Assert.True((bool?)handshake["successful"] == true, $"handshake failed: {handshake.ToJsonString()}");
        var subscribe = await client.SubscribeAsync(channel, replayId);
        Assert.True((bool?)subscribe["successful"] == true, $"subscribe failed: {subscribe.ToJsonString()}");
        return client;
    }

    public static string Token(SalesforceTestOrg org) => org.Http.DefaultRequestHeaders.Authorization!.Parameter!;

    /// <summary>A REST write that names the calling app, as the product's connector does.</summary>
    public static async Task<(int Status, string Body)> WriteAsync(SalesforceTestOrg org, HttpMethod method, string path, string json, string? callOptions = null)
    {
        using var request = new HttpRequestMessage(method, SalesforceTestOrg.Api(path))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (callOptions is not null)
        {
            request.Headers.TryAddWithoutValidation("Sforce-Call-Options", callOptions);
        }

        using var response = await org.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

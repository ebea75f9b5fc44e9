using Integration.Connectors.NetSuite.Api;
using WireMock;
using WireMock.Server;

namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>A WireMock server standing in for NetSuite plus the connector built against it.</summary>
internal sealed class WireMockNetSuite : IDisposable
{
    public WireMockNetSuite(IDictionary<string, string?>? settings = null)
    {
        Server = WireMockServer.Start();
        Harness = new NetSuiteHarness(Server.Url!, settings);
    }

    public WireMockServer Server { get; }

    public NetSuiteHarness Harness { get; }

    public INetSuiteRecordApi Records => Harness.Clients.Records("main");

    public INetSuiteQueryApi Query => Harness.Clients.Query("main");

    public IReadOnlyList<IRequestMessage> Requests => [.. Server.LogEntries.Select(entry => entry.RequestMessage!)];

    public static string Header(IRequestMessage request, string name) =>
        request.Headers is { } headers && headers.TryGetValue(name, out var values) ? string.Join(",", values) : "";

    /// <summary>The exact Authorization header an independent signer computes for this request with the given nonce.</summary>
    public string ExpectedAuthorization(string method, string pathAndQuery, string nonce)
    {
        var oauth = new Dictionary<string, string>
        {
            ["oauth_consumer_key"] = TbaVector.ConsumerKey,
            ["oauth_token"] = TbaVector.TokenId,
            ["oauth_signature_method"] = "HMAC-SHA256",
            ["oauth_timestamp"] = TbaVector.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["oauth_nonce"] = nonce,
            ["oauth_version"] = "1.0",
        };
        var signature = IndependentTbaSigner.Signature(method, new Uri(Server.Url! + pathAndQuery), oauth, TbaVector.ConsumerSecret, TbaVector.TokenSecret);
        return $"OAuth realm=\"{TbaVector.AccountId}\", "
            + string.Join(", ", oauth.Select(pair => $"{pair.Key}=\"{Uri.EscapeDataString(pair.Value)}\""))
            + $", oauth_signature=\"{Uri.EscapeDataString(signature)}\"";
    }

    public void Dispose()
    {
        Harness.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

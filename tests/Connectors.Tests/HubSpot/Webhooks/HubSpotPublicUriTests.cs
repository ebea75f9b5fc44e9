using Integration.Connectors.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Connectors.Tests.HubSpot.Webhooks;

public sealed class HubSpotPublicUriTests
{
    private static readonly Dictionary<string, string> Forwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Forwarded-Proto"] = "https, http",
        ["X-Forwarded-Host"] = "sync.example.com",
        ["X-Forwarded-Prefix"] = "/api/",
    };

    [Theory]
    [InlineData(null, null, "http://10.0.0.4:8080/webhooks/hubspot/main?x=a%2Cb")]
    [InlineData(null, "true", "https://sync.example.com/api/webhooks/hubspot/main?x=a%2Cb")]
    [InlineData("https://public.example.com/base/", "true", "https://public.example.com/base/webhooks/hubspot/main?x=a%2Cb")]
    [InlineData("https://public.example.com", null, "https://public.example.com/webhooks/hubspot/main?x=a%2Cb")]
    public void ReconstructPublicUri_follows_configured_base_then_trusted_forwarded_headers(string? publicBase, string? trust, string expected)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["HubSpot:Webhooks:PublicBaseUrl"] = publicBase,
            ["HubSpot:Webhooks:TrustForwardedHeaders"] = trust ?? "false",
        };
        using var services = HubSpotTestHost.Build("http://localhost:1", overrides: overrides);
        var receiver = services.GetRequiredService<HubSpotWebhookReceiver>();

        var uri = receiver.ReconstructPublicUri("http", "10.0.0.4:8080", "/webhooks/hubspot/main?x=a%2Cb", name => Forwarded.GetValueOrDefault(name));

        Assert.Equal(expected, uri);
    }
}

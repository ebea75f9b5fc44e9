using Integration.Connectors.NetSuite;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Tests.NetSuite.Configuration;

public sealed class NetSuiteOptionsTests
{
    [Theory]
    [InlineData("ConsumerKey", "", "NetSuite:Connections:main:ConsumerKey is missing;")]
    [InlineData("ConcurrencyLimit", "0", "NetSuite:Connections:main:ConcurrencyLimit is '0';")]
    [InlineData("AccountId", "12 34", "NetSuite:Connections:main:AccountId is '12 34'; must be letters, digits")]
    [InlineData("TimeZone", "Mars/Olympus", "NetSuite:Connections:main:TimeZone is 'Mars/Olympus'; it must be an IANA or Windows time zone id")]
    [InlineData("PollOverlap", "00:00:00.500", "NetSuite:Connections:main:PollOverlap is 00:00:00.5000000; it must be at least 00:00:01.")]
    [InlineData("BaseUrl", "ftp://example.test", "NetSuite:Connections:main:BaseUrl is 'ftp://example.test/'; it must be an absolute http(s) URL.")]
    [InlineData("WebhookMaxBodyBytes", "10", "NetSuite:Connections:main:WebhookMaxBodyBytes is '10';")]
    public void Invalid_setting_stops_the_start_naming_key_value_and_rule(string key, string value, string expected)
    {
        using var harness = new NetSuiteHarness(null, new Dictionary<string, string?> { [$"NetSuite:Connections:main:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<NetSuiteOptions>>().Value);

        Assert.Contains(error.Failures, failure => failure.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_secret_is_reported_without_its_value()
    {
        using var harness = new NetSuiteHarness(null, new Dictionary<string, string?> { ["NetSuite:Connections:main:TokenSecret"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<NetSuiteOptions>>().Value);

        Assert.Contains("NetSuite:Connections:main:TokenSecret is missing;", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TbaVector.ConsumerSecret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_an_error()
    {
        using var harness = new NetSuiteHarness(null, new Dictionary<string, string?> { ["NetSuite:Connections:main:ConcurencyLimit"] = "5" });

        var error = Assert.Throws<InvalidOperationException>(() => harness.Services.GetRequiredService<IOptions<NetSuiteOptions>>().Value);

        // The binder names the unknown key in the innermost exception.
        var innermost = error;
        while (innermost.InnerException is InvalidOperationException inner)
        {
            innermost = inner;
        }

        Assert.Contains("'ConcurencyLimit'", innermost.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_follow_the_reference()
    {
        using var harness = new NetSuiteHarness(null);

        var options = harness.Services.GetRequiredService<IOptions<NetSuiteOptions>>().Value.Connections["main"];

        Assert.Equal(new Uri("https://1234567-sb1.suitetalk.api.netsuite.com"), options.EffectiveBaseUrl);
        Assert.Equal(5, options.ConcurrencyLimit);
        Assert.Equal("UTC", options.TimeZone);
        Assert.Equal(TimeSpan.FromMinutes(5), options.WebhookMaxAge);
        Assert.Equal(TimeSpan.FromMinutes(2), options.PollOverlap);
        Assert.Equal(TimeSpan.FromSeconds(5), options.PollSettleDelay);
    }

    [Fact]
    public void Unknown_connection_names_the_configured_ones()
    {
        using var harness = new NetSuiteHarness(null);

        var error = Assert.Throws<KeyNotFoundException>(() => harness.Connector("erp"));

        Assert.Equal("No NetSuite connection 'erp' is configured (NetSuite:Connections:erp); configured: main.", error.Message);
    }

    [Fact]
    public void Second_registration_adds_nothing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Connections:main:AccountId"] = "1" }).Build();
        var services = new ServiceCollection();

        services.AddNetSuiteConnector(configuration);
        var count = services.Count;
        services.AddNetSuiteConnector(configuration);

        Assert.Equal(count, services.Count);
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IConnectorFactory));
    }
}

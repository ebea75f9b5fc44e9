using Integration.Connectors.Salesforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class StreamingOptionsTests
{
    [Theory]
    [InlineData("Streaming:InitialReplayId", "0", "Salesforce:Streaming:InitialReplayId is 0; must be between -2 and -1.")]
    [InlineData("Streaming:Channel", "/topic/Accounts", "Salesforce:Streaming:Channel is '/topic/Accounts'; must match ^/data/[A-Za-z0-9_]+$.")]
    [InlineData("Streaming:ConnectTimeout", "00:20:00", "Salesforce:Streaming:ConnectTimeout is 00:20:00; must be between 00:00:00.0100000 and 00:10:00.")]
    [InlineData("Streaming:MaxConsecutiveFailures", "0", "Salesforce:Streaming:MaxConsecutiveFailures is 0; must be between 1 and 1000.")]
    [InlineData("Streaming:ReconnectBaseDelay", "00:02:00", "Salesforce:Streaming:ReconnectBaseDelay is 00:02:00; must not exceed Salesforce:Streaming:ReconnectMaxDelay (00:01:00).")]
    public void Bad_streaming_setting_stops_the_start_naming_key_value_and_rule(string key, string value, string expected)
    {
        using var provider = SalesforceTestServer.Build(Settings(key, value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Failures);
    }

    [Fact]
    public void Defaults_read_new_events_of_all_objects_with_long_polls_outlasting_the_110_s_advice()
    {
        using var provider = SalesforceTestServer.Build(Settings("Streaming:Objects:0", "Account"));
        provider.GetRequiredService<IStartupValidator>().Validate();

        var streaming = provider.GetRequiredService<IOptions<SalesforceOptions>>().Value.Streaming;

        Assert.Equal(("/data/ChangeEvents", -1, (TimeSpan?)null), (streaming.Channel, streaming.InitialReplayId, streaming.MaxReadDuration));
        Assert.True(streaming.ConnectTimeout > TimeSpan.FromSeconds(110), $"ConnectTimeout {streaming.ConnectTimeout} must exceed the server's 110 s hold");
        Assert.Equal(["Account"], streaming.Objects);
    }

    [Fact]
    public void Change_feed_of_an_unknown_connection_names_the_configured_ones()
    {
        using var provider = SalesforceTestServer.Build(Settings("Streaming:Channel", "/data/ChangeEvents"));
        var factory = provider.GetRequiredService<ISalesforceChangeFeedFactory>();

        var error = Assert.Throws<KeyNotFoundException>(() => factory.CreateChangeFeed("prod", "crm"));

        Assert.Equal("No Salesforce connection 'prod' is configured under Salesforce:Connections (configured: main).", error.Message);
        Assert.Equal("salesforce:main:/data/ChangeEvents", factory.CreateChangeFeed("main", "crm").Stream);
    }

    private static Dictionary<string, string?> Settings(string key, string value) => new()
    {
        ["Connections:main:LoginUrl"] = "https://login.salesforce.com",
        ["Connections:main:ClientId"] = "3MVG9client",
        ["Connections:main:ClientSecret"] = "secret",
        [key] = value,
    };
}

using Integration.Sandbox.Salesforce;
using Integration.Sandbox.Salesforce.Streaming;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class StreamingOptionsTests
{
    public static TheoryData<StreamingOptions, string> Invalid => new()
    {
        { new StreamingOptions { ConnectTimeout = TimeSpan.Zero }, "Salesforce:Streaming:ConnectTimeout is 00:00:00; it must be positive." },
        { new StreamingOptions { MaxEventsPerConnect = 0 }, "Salesforce:Streaming:MaxEventsPerConnect is 0; it must be at least 1." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Start_with_an_invalid_streaming_setting_fails_naming_setting_and_value(StreamingOptions streaming, string message)
    {
        var options = new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, Salesforce = new SalesforceSandboxOptions { Streaming = streaming } };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxHost.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}

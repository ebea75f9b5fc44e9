using Integration.Sandbox.Salesforce;

namespace Integration.Sandbox.Tests.Hosting;

public sealed class SandboxHostTests
{
    public static TheoryData<SandboxOptions, string> InvalidOptions => new()
    {
        { new SandboxOptions { Host = "localhost" }, "Host is 'localhost'" },
        { new SandboxOptions { SalesforcePort = 70000 }, "SalesforcePort is 70000" },
        { new SandboxOptions { HubSpotPort = -1 }, "HubSpotPort is -1" },
        { new SandboxOptions { Salesforce = new SalesforceSandboxOptions { TokenLifetime = TimeSpan.Zero } }, "Salesforce:TokenLifetime is 00:00:00" },
        { new SandboxOptions { Salesforce = new SalesforceSandboxOptions { ApiVersion = "v68" } }, "Salesforce:ApiVersion is 'v68'" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Start_with_invalid_options_fails_naming_setting_and_value(SandboxOptions options, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxHost.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_on_port_zero_serves_salesforce_on_a_free_port()
    {
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0 }, TestContext.Current.CancellationToken);
        using var client = SalesforceTestOrg.NewClient(host.SalesforceBaseUrl);

        using var versions = await client.GetAsync("services/data", TestContext.Current.CancellationToken);

        Assert.NotEqual(0, host.SalesforceBaseUrl.Port);
        Assert.Equal(200, (int)versions.StatusCode);
        Assert.Contains("\"version\":\"68.0\"", await versions.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

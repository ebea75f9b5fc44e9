using Integration.Sandbox.NetSuite;

namespace Integration.Sandbox.Tests.NetSuite;

public sealed class NetSuiteOptionsTests
{
    public static TheoryData<SandboxOptions, string> InvalidOptions => new()
    {
        { new SandboxOptions { SalesforcePort = 0, NetSuitePort = 70000 }, "NetSuitePort is 70000" },
        { WithAccount(new NetSuiteAccountOptions { AccountId = "1_SB1", ConsumerKey = "k", ConsumerSecret = "s", TokenId = "t", TokenSecret = "u", TimeZone = "Nowhere/City" }), "timeZone 'Nowhere/City'" },
        { WithAccount(new NetSuiteAccountOptions { AccountId = "1_SB1", ConsumerKey = "k", ConsumerSecret = "s", TokenId = "t", TokenSecret = "u", ConcurrencyLimit = 0 }), "concurrencyLimit is 0" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Start_with_invalid_NetSuite_options_fails_naming_setting_and_value(SandboxOptions options, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxHost.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static SandboxOptions WithAccount(NetSuiteAccountOptions account) =>
        new() { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, NetSuite = new NetSuiteSandboxOptions { Accounts = [account] } };
}

using Integration.Sandbox.Salesforce;
using Integration.Sandbox.Salesforce.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

/// <summary>A sandbox of a test's own, for tests that move the clock (the shared fixture's clock never moves).</summary>
public sealed class OwnSandbox : IAsyncDisposable
{
    private OwnSandbox(SandboxHost host, FakeTimeProvider? time)
    {
        Host = host;
        Time = time;
    }

    public SandboxHost Host { get; }
    public FakeTimeProvider? Time { get; }
    public Uri BaseUrl => Host.SalesforceBaseUrl;

    /// <summary>A fake clock unless <paramref name="realClock"/>; streaming and token settings as given.</summary>
    public static async Task<OwnSandbox> StartAsync(StreamingOptions? streaming = null, TimeSpan? tokenLifetime = null, bool realClock = false)
    {
        var time = realClock ? null : new FakeTimeProvider(SandboxFixture.Start);
        var host = await SandboxHost.StartAsync(new SandboxOptions
        {
            SalesforcePort = 0,
            NetSuitePort = 0,
            HubSpotPort = 0,
            TimeProvider = (TimeProvider?)time ?? TimeProvider.System,
            Salesforce = new SalesforceSandboxOptions
            {
                TokenLifetime = tokenLifetime ?? TimeSpan.FromHours(2),
                Streaming = streaming ?? new StreamingOptions(),
            },
        }, TestContext.Current.CancellationToken);
        return new OwnSandbox(host, time);
    }

    public Task<SalesforceTestOrg> NewOrgAsync() => SandboxFixture.NewOrgAsync(Host);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

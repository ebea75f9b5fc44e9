using System.Net.Http.Json;
using Integration.Sandbox.Salesforce;
using Microsoft.Extensions.Time.Testing;

[assembly: AssemblyFixture(typeof(Integration.Sandbox.Tests.SandboxFixture))]

namespace Integration.Sandbox.Tests;

/// <summary>One in-process sandbox per test run on free ports, with a fake clock that tests never move.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 15, 30, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public SandboxHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, TimeProvider = Time }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A new org of its own, so no test sees another's data.</summary>
    public Task<SalesforceTestOrg> NewOrgAsync(long dailyApiLimit = 100_000) => NewOrgAsync(Host, dailyApiLimit);

    public static async Task<SalesforceTestOrg> NewOrgAsync(SandboxHost host, long dailyApiLimit = 100_000)
    {
        var name = $"org-{Guid.NewGuid():N}";
        var options = new SalesforceOrgOptions { Name = name, ClientId = $"cid-{name}", ClientSecret = $"secret-{name}", DailyApiLimit = dailyApiLimit };
        var control = SalesforceTestOrg.NewClient(host.SalesforceBaseUrl);
        using var created = await control.PostAsJsonAsync("_sandbox/salesforce/orgs", options, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var org = new SalesforceTestOrg(host.SalesforceBaseUrl, options, control);
        await org.AuthenticateAsync();
        return org;
    }
}

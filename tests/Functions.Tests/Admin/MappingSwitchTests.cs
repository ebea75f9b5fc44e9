using System.Net;
using Integration.Functions.Admin.Mappings;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Admin;

public sealed class MappingSwitchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pause_then_resume_round_trips_through_the_switches_table_and_the_status()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));
        var switches = host.Services.GetRequiredService<IMappingSwitches>();

        var (paused, pausedBody) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Post, "/api/manage/mappings/contacts-to-hubspot/pause"));
        var pausedInStore = await switches.IsPausedAsync("contacts-to-hubspot", ct);
        var (_, statusWhilePaused) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status"));
        var (resumed, resumedBody) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Post, "/api/manage/mappings/contacts-to-hubspot/resume"));
        var pausedAfterResume = await switches.IsPausedAsync("contacts-to-hubspot", ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (paused.StatusCode, resumed.StatusCode));
        Assert.Equal("{\"mapping\":\"contacts-to-hubspot\",\"paused\":true}", pausedBody.GetRawText());
        Assert.Equal("{\"mapping\":\"contacts-to-hubspot\",\"paused\":false}", resumedBody.GetRawText());
        Assert.True(pausedInStore);
        Assert.Equal(["contacts-to-hubspot"], statusWhilePaused.GetProperty("pausedMappings").EnumerateArray().Select(e => e.GetString()));
        Assert.False(pausedAfterResume);
        Assert.Empty(await switches.ListPausedAsync(ct));
    }

    [Fact]
    public async Task Mapping_never_paused_is_running()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var paused = await host.Services.GetRequiredService<IMappingSwitches>().IsPausedAsync("never-touched", TestContext.Current.CancellationToken);

        Assert.False(paused);
    }

    [Fact]
    public async Task Pause_without_a_key_changes_nothing()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, _) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Post, "/api/manage/mappings/contacts-to-hubspot/pause", apiKey: null));
        var paused = await host.Services.GetRequiredService<IMappingSwitches>().IsPausedAsync("contacts-to-hubspot", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(paused);
    }
}

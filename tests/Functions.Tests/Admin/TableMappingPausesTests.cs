using Integration.Functions.Admin.Mappings;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Functions.Tests.Admin;

public sealed class TableMappingPausesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Switches_are_read_once_per_cache_period_and_a_pause_shows_after_it()
    {
        var switches = new CountingSwitches();
        var time = new FakeTimeProvider();
        var pauses = new TableMappingPauses(switches, Options.Create(new MappingPauseOptions { CacheDuration = TimeSpan.FromSeconds(5) }), time);

        var first = await pauses.GetPausedAsync(Ct);
        await switches.PauseAsync("accounts", Ct);
        time.Advance(TimeSpan.FromSeconds(4));
        var cached = await pauses.GetPausedAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(1));
        var fresh = await pauses.GetPausedAsync(Ct);

        Assert.Equal((0, 0, 1), (first.Count, cached.Count, fresh.Count));
        Assert.Contains("accounts", fresh);
        Assert.Equal(2, switches.Lists);
    }

    [Fact]
    public async Task Zero_cache_period_reads_the_switches_on_every_call()
    {
        var switches = new CountingSwitches();
        var pauses = new TableMappingPauses(switches, Options.Create(new MappingPauseOptions { CacheDuration = TimeSpan.Zero }), new FakeTimeProvider());

        await pauses.GetPausedAsync(Ct);
        await pauses.GetPausedAsync(Ct);

        Assert.Equal(2, switches.Lists);
    }

    private sealed class CountingSwitches : IMappingSwitches
    {
        private readonly SortedSet<string> _paused = new(StringComparer.Ordinal);

        public int Lists { get; private set; }

        public Task PauseAsync(string mapping, CancellationToken cancellationToken) => Task.FromResult(_paused.Add(mapping));

        public Task ResumeAsync(string mapping, CancellationToken cancellationToken) => Task.FromResult(_paused.Remove(mapping));

        public Task<bool> IsPausedAsync(string mapping, CancellationToken cancellationToken) => Task.FromResult(_paused.Contains(mapping));

        public Task<IReadOnlyList<string>> ListPausedAsync(CancellationToken cancellationToken)
        {
            Lists++;
            return Task.FromResult<IReadOnlyList<string>>([.. _paused]);
        }
    }
}

using Integration.Core.Processing;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin.Mappings;

/// <summary>
/// The engine's <see cref="IMappingPauses"/> over the switches the management API sets (<see cref="IMappingSwitches"/>,
/// the table <c>Sync:Tables:MappingSwitches</c>), read at most once per <see cref="MappingPauseOptions.CacheDuration"/>.
/// </summary>
public sealed class TableMappingPauses(IMappingSwitches switches, IOptions<MappingPauseOptions> options, TimeProvider time) : IMappingPauses
{
    private Snapshot? _last;

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> GetPausedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_last is { } last && now - last.ReadAt < options.Value.CacheDuration)
        {
            return last.Paused;
        }

        var paused = new HashSet<string>(await switches.ListPausedAsync(cancellationToken), StringComparer.Ordinal);

        // Concurrent batches may both read after expiry; the last one stored wins, and both are at most one read old.
        _last = new Snapshot(now, paused);
        return paused;
    }

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlySet<string> Paused);
}

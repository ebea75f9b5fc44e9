using Integration.Core.Processing;

namespace Integration.Core.Tests.Fakes;

/// <summary>Pause switches a test flips, counting how often the processor asks.</summary>
internal sealed class SwitchableMappingPauses : IMappingPauses
{
    private readonly HashSet<string> _paused = new(StringComparer.Ordinal);

    public int Reads { get; private set; }

    public void Pause(string mapping) => _paused.Add(mapping);

    public void Resume(string mapping) => _paused.Remove(mapping);

    public Task<IReadOnlySet<string>> GetPausedAsync(CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(_paused, StringComparer.Ordinal));
    }
}

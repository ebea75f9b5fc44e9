namespace Integration.Core.Processing;

/// <summary>The default <see cref="IMappingPauses"/>: nothing is ever paused (a host without pause switches).</summary>
public sealed class NoMappingPauses : IMappingPauses
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> GetPausedAsync(CancellationToken cancellationToken) => Task.FromResult(None);
}

namespace Integration.Core.Processing;

/// <summary>
/// Which object mappings an operator has paused. The change processor asks once per batch; the records of a paused
/// mapping are held (returned as <see cref="ParkedChange"/> with <see cref="ParkedChange.Held"/> set) instead of
/// being mapped, so they flow once the mapping is resumed.
/// </summary>
public interface IMappingPauses
{
    /// <summary>The names of the paused mappings (empty when none is).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The paused mapping names, compared ordinally.</returns>
    Task<IReadOnlySet<string>> GetPausedAsync(CancellationToken cancellationToken);
}

using Integration.Core.Plans;

namespace Integration.Core.Processing;

/// <summary>The current source of truth per mapping; cutover and rollback change it.</summary>
public interface ISourceOfTruthProvider
{
    /// <summary>The current source of truth of <paramref name="mapping"/>.</summary>
    /// <param name="mapping">The object mapping.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The system and epoch.</returns>
    ValueTask<SourceOfTruthState> GetAsync(ObjectMapping mapping, CancellationToken cancellationToken);
}

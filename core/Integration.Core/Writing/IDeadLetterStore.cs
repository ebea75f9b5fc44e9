namespace Integration.Core.Writing;

/// <summary>Where non-retryable per-record write failures go; the admin API lists and replays them.</summary>
public interface IDeadLetterStore
{
    /// <summary>Stores <paramref name="letters"/>.</summary>
    /// <param name="letters">The failed writes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task completing once they are durable.</returns>
    Task AddAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken);
}

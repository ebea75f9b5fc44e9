using Integration.Core.ChangeFeed;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.NetSuite.Acceptance;

/// <summary>
/// Drives SuiteQL pollers as the timer function would (one <c>ReadAsync</c> per poll, resuming from the last
/// batch's position) and records what each poll yielded.
/// </summary>
public sealed class SuiteQlPollLog(IReadOnlyList<IChangeFeed> pollers, TimeProvider clock)
{
    private readonly Dictionary<string, StreamPosition?> _positions = pollers.ToDictionary(p => p.Stream, _ => (StreamPosition?)null);
    private readonly List<SuiteQlPoll> _polls = [];

    public IReadOnlyList<SuiteQlPoll> Polls => _polls;

    public async Task PollAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var events = new List<ChangeEvent>();
        foreach (var poller in pollers)
        {
            await foreach (var batch in poller.ReadAsync(_positions[poller.Stream], cancellationToken))
            {
                events.AddRange(batch.Events);
                _positions[poller.Stream] = batch.Position;
            }
        }

        _polls.Add(new SuiteQlPoll(_polls.Count, startedAt, events));
    }
}

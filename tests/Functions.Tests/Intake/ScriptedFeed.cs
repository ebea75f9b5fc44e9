using System.Runtime.CompilerServices;
using Integration.Core.ChangeFeed;
using Integration.Core.Changes;

namespace Integration.Functions.Tests.Intake;

/// <summary>A change feed that yields its batches, then either fails or waits (a quiet long poll) until cancelled.</summary>
internal sealed class ScriptedFeed(IReadOnlyList<ChangeFeedBatch> batches, Exception? failAfter = null) : IChangeFeed
{
    public const string Name = "scripted:feed";

    public string Stream => Name;

    public StreamPosition? ReadFrom { get; private set; }

    public async IAsyncEnumerable<ChangeFeedBatch> ReadAsync(StreamPosition? from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ReadFrom = from;
        foreach (var batch in batches)
        {
            yield return batch;
        }

        if (failAfter is not null)
        {
            throw failAfter;
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
    }

    public static ChangeFeedBatch Batch(string position, params string[] ids) => new(
        [.. ids.Select(id => new ChangeEvent("sf", "Account", [id], ChangeKind.Update, DateTimeOffset.UnixEpoch, new StreamPosition(Name, position), $"e-{id}"))],
        [],
        new StreamPosition(Name, position));
}

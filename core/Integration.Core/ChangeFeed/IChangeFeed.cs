using Integration.Core.Changes;

namespace Integration.Core.ChangeFeed;

/// <summary>
/// A pull-based change stream of one system (Salesforce CDC, a SuiteQL poller). Push-based feeds
/// (webhooks) are parsed by receivers instead and never implement this.
/// </summary>
public interface IChangeFeed
{
    /// <summary>The stream's name, the key of its checkpoint.</summary>
    string Stream { get; }

    /// <summary>
    /// Reads batches after <paramref name="from"/> (null: from now) until <paramref name="cancellationToken"/>
    /// is cancelled or the feed's read window ends. Positions are committed by the caller, never here.
    /// </summary>
    IAsyncEnumerable<ChangeFeedBatch> ReadAsync(StreamPosition? from, CancellationToken cancellationToken);
}

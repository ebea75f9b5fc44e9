using System.Runtime.CompilerServices;
using Integration.Core.ChangeFeed;
using Integration.Core.Changes;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// Change Data Capture of one connection and channel over the Streaming API (CometD long polling), as a core
/// <see cref="IChangeFeed"/>. Each read opens its own Bayeux session (own cookies), subscribes after the given
/// position's replay id, yields the events of each long poll as one batch whose position is the last replay id
/// (with its commit time), and disconnects when the caller stops, cancels, or the read window ends. It never
/// commits positions: the caller does, after the batch is durable.
/// </summary>
internal sealed class SalesforceChangeFeed(
    string connection,
    string system,
    Func<BayeuxTransport> transports,
    SalesforceStreamingOptions options,
    TimeProvider timeProvider,
    ILogger<SalesforceChangeFeed> logger) : IChangeFeed
{
    /// <summary><c>salesforce:&lt;connection&gt;:&lt;channel&gt;</c>.</summary>
    public string Stream { get; } = $"salesforce:{connection}:{options.Channel}";

    public async IAsyncEnumerable<ChangeFeedBatch> ReadAsync(StreamPosition? from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = from is null ? (ReplayPosition?)null : ReplayPosition.Parse(from, Stream);
        using var window = options.MaxReadDuration is { } duration
            ? new CancellationTokenSource(duration, timeProvider)
            : new CancellationTokenSource();
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Token);
        var client = new BayeuxClient(transports(), options);
        var subscription = new CdcSubscription(client, CdcChannel.For(options.Channel, options.Objects), system, Stream, options, timeProvider, logger);
        subscription.Start(start);
        try
        {
            while (true)
            {
                ChangeFeedBatch? batch;
                try
                {
                    batch = await subscription.NextAsync(read.Token);
                }
                catch (OperationCanceledException) when (window.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    SalesforceStreamingLog.WindowEnded(logger, Stream);
                    break;
                }

                if (batch is not null)
                {
                    yield return batch;
                }
            }
        }
        finally
        {
            await DisconnectAsync(client);
        }
    }

    private async Task DisconnectAsync(BayeuxClient client)
    {
        if (client.ClientId is null)
        {
            return;
        }

        try
        {
            // The caller's token may be cancelled already; the disconnect has its own timeout.
            await client.DisconnectAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or BayeuxHttpException or SalesforceStreamingException)
        {
            SalesforceStreamingLog.DisconnectFailed(logger, Stream, e);
        }
    }
}

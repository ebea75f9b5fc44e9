using Integration.Core.ChangeFeed;
using Integration.Core.Changes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>The long poll: events into a batch, then the connect reply's advice.</summary>
internal sealed partial class CdcSubscription
{
    private async Task<ChangeFeedBatch?> ConnectAsync(CancellationToken cancellationToken)
    {
        var (events, reply) = await client.ConnectAsync(cancellationToken);
        var batch = ToBatch(events);
        if (reply.Successful == true)
        {
            _backoff.Reset();
            if (reply.Advice?.Reconnect is BayeuxAdvice.Handshake or BayeuxAdvice.None)
            {
                SalesforceStreamingLog.Rehandshake(logger, stream, "advice reconnect=" + reply.Advice.Reconnect);
                _subscribed = false;
                client.Forget();
            }
            else
            {
                _pause = TimeSpan.FromMilliseconds(Math.Max(0, client.Advice?.Interval ?? 0));
            }

            return batch;
        }

        if (BayeuxErrors.IsAuthenticationInvalid(reply) || BayeuxErrors.IsUnknownClient(reply) || reply.Advice?.Reconnect != BayeuxAdvice.Retry)
        {
            Refused(reply, "connect");
        }
        else if (!_backoff.Fail())
        {
            throw new SalesforceStreamingException($"Salesforce {stream} connect failed {_backoff.Failures} times in a row; last: {BayeuxErrors.Describe(reply)}");
        }
        else
        {
            // advice reconnect=retry: the session stays; poll again after the back-off.
            _pause = _backoff.Next();
        }

        return batch;
    }

    private ChangeFeedBatch? ToBatch(IReadOnlyList<BayeuxMessage> events)
    {
        var changes = new List<ChangeEvent>();
        var resyncs = new List<ResyncRequest>();
        foreach (var message in events.Where(m => m.Is(channel.Name)))
        {
            var delivery = _mapping.Map(message);
            _replayId = delivery.ReplayId;
            _since = delivery.CommittedAt;
            if (delivery.Change is { } change)
            {
                changes.Add(change);
            }

            if (delivery.Resync is { } resync)
            {
                SalesforceStreamingLog.Resync(logger, stream, resync.Reason, resync.ObjectName);
                resyncs.Add(resync);
            }
        }

        return changes.Count + resyncs.Count == 0
            ? null
            : new ChangeFeedBatch(changes, resyncs, new ReplayPosition(_replayId, _since).ToPosition(stream));
    }
}

using Integration.Core.ChangeFeed;
using Integration.Core.Changes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The fallback when replay cannot resume (an expired replay id, a checkpoint without one): a resync of every
/// object the channel carries, modified since the checkpoint's time, for the caller to turn into SystemModstamp reads.
/// </summary>
internal sealed partial class CdcSubscription
{
    /// <summary>Every record of each subscribed object modified since <paramref name="since"/> (minus the safety margin).</summary>
    private ChangeFeedBatch ResyncAll(DateTimeOffset since, string reason, DateTimeOffset now)
    {
        _resyncSinceOnSubscribe = null;
        if (channel.Objects.Count == 0)
        {
            throw new SalesforceStreamingException(
                $"Salesforce {stream} must resync ({reason}) but does not know which objects {channel.Name} carries; list them in {SalesforceOptions.SectionName}:Streaming:Objects or subscribe to a per-object channel.");
        }

        var from = since == DateTimeOffset.UnixEpoch ? since : since - options.ResyncSafetyMargin;
        var resyncs = channel.Objects.Select(o => new ResyncRequest(system, o, null, from, reason)).ToList();
        foreach (var resync in resyncs)
        {
            SalesforceStreamingLog.Resync(logger, stream, reason, resync.ObjectName);
        }

        // No replay id is known until the first new event; the time makes the next read resync from here.
        return new ChangeFeedBatch([], resyncs, new ReplayPosition(ReplayPosition.NewEventsOnly, now).ToPosition(stream));
    }
}

using System.Security.Cryptography;
using System.Text;
using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;
using Integration.Sandbox.Salesforce.Streaming.Faults;
using Integration.Sandbox.Salesforce.Streaming.Sessions;

namespace Integration.Sandbox.Salesforce.Streaming.EventBus;

/// <summary>
/// One org's change events: replay ids, the retained log (purged by the retention time and a size bound), the
/// streaming fault rules applied as events are published, and a signal that wakes held connects.
/// </summary>
internal sealed partial class ChangeEventBus(StreamingOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly ChangeEventLog _log = new();
    private TaskCompletionSource _appended = NewSignal();
    private long _lastReplayId;
    private long _commitNumber = 1_100_670_838_950;

    public StreamingOptions Options { get; } = options;
    public StreamingFaultInjector Faults { get; } = new();

    public CommitStamp NextCommit()
    {
        lock (_gate)
        {
            return new CommitStamp(++_commitNumber, Guid.NewGuid().ToString("D"), time.GetUtcNow().ToUnixTimeMilliseconds());
        }
    }

    /// <summary>Retains the events of one commit, in order, after the fault rules had their say.</summary>
    public void Publish(IReadOnlyList<ChangeEvent> events)
    {
        lock (_gate)
        {
            foreach (var change in events)
            {
                PublishLocked(change);
            }

            Signal();
        }
    }

    /// <summary>Where a subscription with <paramref name="replayId"/> starts reading; false when the id is not replayable.</summary>
    public bool TryResolveReplay(long replayId, out long position)
    {
        lock (_gate)
        {
            PurgeLocked();
            position = replayId switch
            {
                -1 => _log.End,
                -2 => _log.Start,
                _ when replayId >= _log.PurgedThrough && replayId <= _lastReplayId => _log.PositionAfter(replayId),
                _ => -1,
            };
            return position >= 0;
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> events for the subscriptions, advancing them, plus a task that completes when
    /// the next event is retained (taken before reading, so nothing slips between the read and the wait).
    /// A subscription that fell behind the purge resumes at the oldest retained event.
    /// </summary>
    public IReadOnlyList<Delivery> Read(IReadOnlyList<ChannelSubscription> subscriptions, int max, out Task appended)
    {
        lock (_gate)
        {
            PurgeLocked();
            appended = _appended.Task;
            var deliveries = new List<Delivery>();
            foreach (var subscription in subscriptions)
            {
                var position = Math.Max(subscription.Position, _log.Start);
                for (; position < _log.End && deliveries.Count < max; position++)
                {
                    var retained = _log[position];
                    if (subscription.Carries(retained.EntityName))
                    {
                        deliveries.Add(new Delivery(subscription.Channel, retained, position));
                    }
                }

                subscription.Position = position;
            }

            return subscriptions.Count > 1 ? [.. deliveries.OrderBy(d => d.Position)] : deliveries;
        }
    }

    /// <summary>Retention state: oldest and newest replay ids retained, how many, and the newest id ever issued.</summary>
    public (long? FirstReplayId, long? LastReplayId, int Retained, long LastIssued) Describe()
    {
        lock (_gate)
        {
            PurgeLocked();
            return _log.Count == 0
                ? (null, null, 0, _lastReplayId)
                : (_log[_log.Start].ReplayId, _log[_log.End - 1].ReplayId, _log.Count, _lastReplayId);
        }
    }

    /// <summary>Forgets every retained and held event; replay ids keep increasing, so old checkpoints are rejected.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            ClearHeldLocked();
            _log.Clear(_lastReplayId);
        }
    }

    private void AppendLocked(ChangeEvent change, int copies = 1)
    {
        var retained = new RetainedEvent(++_lastReplayId, change.EntityName, time.GetUtcNow(), SchemaOf(change.EntityName), change.PayloadJson());
        for (var i = 0; i < copies; i++)
        {
            _log.Append(retained);
        }

        PurgeLocked();
    }

    private void PurgeLocked() => _log.Purge(time.GetUtcNow() - Options.Retention, Options.MaxRetainedEvents);

    private void Signal()
    {
        var previous = _appended;
        _appended = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A stable schema id per entity, shaped like Salesforce's (22 base64url characters).</summary>
    private static string SchemaOf(string entity) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"cdc-schema:{entity}"))[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

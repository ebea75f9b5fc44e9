using Integration.Core.ChangeFeed;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// One read of a CDC channel as a sequence of steps, each a handshake-and-subscribe or one long poll, each
/// returning what it delivered. Failures are handled here: a refused token is refreshed (<c>401::Authentication
/// invalid</c>, HTTP 401), a forgotten session (<c>403::Unknown client</c>, advice <c>handshake</c>, transport
/// errors) is handshaken again and resubscribed from the last delivered replay id, with a jittered, capped
/// back-off between failed attempts; an expired replay id becomes a resync from the checkpoint's time.
/// </summary>
internal sealed partial class CdcSubscription(
    BayeuxClient client,
    CdcChannel channel,
    string system,
    string stream,
    SalesforceStreamingOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly ChangeEventMapping _mapping = new(system, stream, options.ResyncSafetyMargin);
    private readonly BayeuxBackoff _backoff = new(options.ReconnectBaseDelay, options.ReconnectMaxDelay, options.MaxConsecutiveFailures);
    private bool _subscribed;
    private bool _refreshToken;
    private TimeSpan _pause;
    private long _replayId = options.InitialReplayId;
    private DateTimeOffset? _since;
    private DateTimeOffset? _resyncSinceOnSubscribe;

    /// <summary>Sets where the read starts: after the checkpoint's replay id, or per <see cref="SalesforceStreamingOptions.InitialReplayId"/>.</summary>
    public void Start(ReplayPosition? from)
    {
        if (from is not { } position)
        {
            return;
        }

        _replayId = position.ReplayId;
        _since = position.CommittedAt;
        if (position.ReplayId == ReplayPosition.NewEventsOnly && position.CommittedAt is { } since)
        {
            // A checkpoint without a replay id (left by an earlier expired-id fallback): subscribe for new
            // events, and resync what changed since it was written.
            _resyncSinceOnSubscribe = since;
        }
    }

    /// <summary>One step; null when it delivered nothing (a quiet long poll, a retried failure).</summary>
    public async Task<ChangeFeedBatch?> NextAsync(CancellationToken cancellationToken)
    {
        if (_pause > TimeSpan.Zero)
        {
            await Task.Delay(_pause, timeProvider, cancellationToken);
            _pause = TimeSpan.Zero;
        }

        try
        {
            if (_refreshToken)
            {
                _refreshToken = false;
                await client.Transport.RefreshTokenAsync(cancellationToken);
            }

            return _subscribed ? await ConnectAsync(cancellationToken) : await SubscribeAsync(cancellationToken);
        }
        catch (Exception e) when ((e is HttpRequestException or TimeoutException or BayeuxHttpException) && !cancellationToken.IsCancellationRequested)
        {
            if (e is BayeuxHttpException { StatusCode: System.Net.HttpStatusCode.Unauthorized })
            {
                SalesforceStreamingLog.AuthenticationInvalid(logger, stream);
                _refreshToken = true;
            }

            Fail(e.Message, e);
            return null;
        }
    }

    private async Task<ChangeFeedBatch?> SubscribeAsync(CancellationToken cancellationToken)
    {
        if (client.ClientId is null)
        {
            var handshake = await client.HandshakeAsync(cancellationToken);
            if (handshake.Successful != true)
            {
                Refused(handshake, "handshake");
                return null;
            }
        }

        var subscribedAt = timeProvider.GetUtcNow();
        var reply = await client.SubscribeAsync(channel.Name, _replayId, cancellationToken);
        if (reply.Successful == true)
        {
            _subscribed = true;
            SalesforceStreamingLog.Subscribed(logger, stream, _replayId, client.ClientId!);
            return _resyncSinceOnSubscribe is { } since ? ResyncAll(since, "no replay id in checkpoint", subscribedAt) : null;
        }

        if (BayeuxErrors.IsInvalidReplayId(reply) && _replayId >= 0)
        {
            var expired = _replayId;
            var since = _since ?? DateTimeOffset.UnixEpoch;
            SalesforceStreamingLog.ReplayExpired(logger, stream, expired, string.Join(", ", channel.Objects), since);
            _replayId = ReplayPosition.NewEventsOnly;
            _since = null;
            _resyncSinceOnSubscribe = null;
            return ResyncAll(since, $"replay id {expired} expired", timeProvider.GetUtcNow());
        }

        if (BayeuxErrors.IsAuthenticationInvalid(reply) || BayeuxErrors.IsUnknownClient(reply))
        {
            Refused(reply, "subscribe");
            return null;
        }

        throw new SalesforceStreamingException($"Salesforce refused the subscription to {channel.Name} with replay id {_replayId}: {BayeuxErrors.Describe(reply)}");
    }

    private void Refused(BayeuxMessage reply, string step)
    {
        if (BayeuxErrors.IsAuthenticationInvalid(reply))
        {
            SalesforceStreamingLog.AuthenticationInvalid(logger, stream);
            _refreshToken = true;
        }
        else
        {
            SalesforceStreamingLog.Rehandshake(logger, stream, reply.Error ?? "no error given");
        }

        Fail($"{step} refused: {BayeuxErrors.Describe(reply)}", null);
    }

    /// <summary>Drops the session (the next step handshakes and resubscribes) and backs off; throws after too many failures in a row.</summary>
    private void Fail(string what, Exception? exception)
    {
        _subscribed = false;
        client.Forget();
        if (!_backoff.Fail())
        {
            throw new SalesforceStreamingException($"Salesforce {stream} failed {_backoff.Failures} times in a row; last: {what}", exception ?? new InvalidOperationException(what));
        }

        _pause = _backoff.Next();
        SalesforceStreamingLog.ExchangeFailed(logger, stream, _backoff.Failures, _pause, exception ?? new InvalidOperationException(what));
    }
}

using System.Globalization;
using Integration.Core.Changes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The value of a CDC <see cref="StreamPosition"/>: <c>&lt;replayId&gt;|&lt;commitTimestampMs&gt;</c>. The replay id
/// resumes the subscription; the commit time (of the event with that id) is where a resync starts when the id
/// has left the 72-hour window. A replay id of -1 with a time means "no id known: subscribe for new events and
/// resync what changed since that time". A bare replay id (no time) is read too.
/// </summary>
internal readonly record struct ReplayPosition(long ReplayId, DateTimeOffset? CommittedAt)
{
    /// <summary>The replay id that subscribes for new events only.</summary>
    public const long NewEventsOnly = -1;

    public static ReplayPosition Parse(StreamPosition position, string stream)
    {
        if (!string.Equals(position.Stream, stream, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The position belongs to stream '{position.Stream}', not to this feed's '{stream}'.", nameof(position));
        }

        var parts = position.Value.Split('|');
        if (parts.Length > 2
            || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var replayId)
            || replayId < NewEventsOnly)
        {
            throw new ArgumentException($"The position '{position.Value}' of stream '{stream}' is not '<replayId>|<commitTimestampMs>'.", nameof(position));
        }

        if (parts.Length == 1)
        {
            return new ReplayPosition(replayId, null);
        }

        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            throw new ArgumentException($"The position '{position.Value}' of stream '{stream}' has no epoch-millisecond time after '|'.", nameof(position));
        }

        return new ReplayPosition(replayId, DateTimeOffset.FromUnixTimeMilliseconds(ms));
    }

    public StreamPosition ToPosition(string stream) => new(
        stream,
        CommittedAt is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"{ReplayId}|{at.ToUnixTimeMilliseconds()}")
            : ReplayId.ToString(CultureInfo.InvariantCulture));
}

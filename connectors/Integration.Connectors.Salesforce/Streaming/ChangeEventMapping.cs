using System.Globalization;
using System.Text.Json;
using Integration.Core.Changes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// Turns a CDC event message into a core <see cref="ChangeEvent"/>, or into a <see cref="ResyncRequest"/> when the
/// event cannot say what changed: gap events (<c>GAP_CREATE</c>… carry the real record ids but no values) are
/// re-read by id; <c>GAP_OVERFLOW</c> (no real ids) re-reads the whole object since the commit time minus a margin.
/// A Salesforce merge arrives as an <c>UPDATE</c> of the survivor and a <c>DELETE</c> of the others, and is mapped so.
/// </summary>
internal sealed class ChangeEventMapping(string system, string stream, TimeSpan resyncSafetyMargin)
{
    private const string GapPrefix = "GAP_";
    private const string GapOverflow = "GAP_OVERFLOW";

    public CdcDelivery Map(BayeuxMessage message)
    {
        if (message.Data is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty("event", out var envelope)
            || !envelope.TryGetProperty("replayId", out var replayElement)
            || !replayElement.TryGetInt64(out var replayId)
            || !data.TryGetProperty("payload", out var payload)
            || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("ChangeEventHeader", out var headerElement))
        {
            throw new SalesforceStreamingException($"A Salesforce event on {message.Channel} lacks data.event.replayId or data.payload.ChangeEventHeader; it is not a change event.");
        }

        var header = headerElement.Deserialize<ChangeEventHeader>(BayeuxJson.Options)!;
        var objectName = header.EntityName is { Length: > 0 } entity
            ? entity
            : throw new SalesforceStreamingException($"The Salesforce change event with replay id {replayId} on {message.Channel} has no entityName.");
        var committedAt = header.CommitTimestamp is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : throw Missing(replayId, "commitTimestamp");
        var recordIds = header.RecordIds ?? [];
        var changeType = header.ChangeType ?? throw Missing(replayId, "changeType");
        var position = new ReplayPosition(replayId, committedAt).ToPosition(stream);

        if (changeType == GapOverflow)
        {
            return new CdcDelivery(replayId, committedAt, null, new ResyncRequest(system, objectName, null, committedAt - resyncSafetyMargin, GapOverflow));
        }

        if (changeType.StartsWith(GapPrefix, StringComparison.Ordinal) || Kind(changeType) is not { } kind)
        {
            // An unknown change type is treated as a gap: the ids are known, the meaning is not.
            return new CdcDelivery(replayId, committedAt, null, new ResyncRequest(system, objectName, recordIds, null, changeType));
        }

        if (recordIds.Count == 0)
        {
            throw Missing(replayId, "recordIds");
        }

        var change = new ChangeEvent(
            system,
            objectName,
            recordIds,
            kind,
            committedAt,
            position,
            EventId(header, replayId),
            ChangeOriginParser.Parse(header.ChangeOrigin),
            ChangedFieldNames.From(header, payload));
        return new CdcDelivery(replayId, committedAt, change, null);
    }

    private static ChangeKind? Kind(string changeType) => changeType switch
    {
        "CREATE" => ChangeKind.Create,
        "UPDATE" => ChangeKind.Update,
        "DELETE" => ChangeKind.Delete,
        "UNDELETE" => ChangeKind.Undelete,
        _ => null,
    };

    /// <summary>
    /// The transaction key and sequence number identify a change across channels (the same change has a
    /// different replay id on <c>/data/ChangeEvents</c> and on <c>/data/AccountChangeEvent</c>).
    /// </summary>
    private static string EventId(ChangeEventHeader header, long replayId) =>
        header.TransactionKey is { Length: > 0 } key && header.SequenceNumber is { } sequence
            ? string.Create(CultureInfo.InvariantCulture, $"salesforce:{key}:{sequence}")
            : string.Create(CultureInfo.InvariantCulture, $"salesforce:replay:{replayId}");

    private static SalesforceStreamingException Missing(long replayId, string field) =>
        new($"The Salesforce change event with replay id {replayId} has no {field} in its ChangeEventHeader.");
}

using Integration.Core.Changes;
using Integration.Core.CrossReference;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Records;
using Microsoft.Extensions.Options;

namespace Integration.Core.Echoes;

/// <summary>
/// Recognises our own writes coming back through a change feed. The defence that always runs is the fingerprint
/// comparison: a record whose mapped values on its side all equal the fingerprints last synced changed nothing we
/// care about since we wrote or read it. Origin metadata (the API client id the vendor reports) is only a fast path
/// that spares the read: an event whose <see cref="ChangeOrigin.ClientId"/> equals our own client id for its system
/// (<see cref="SyncEngineOptions.OwnClientIds"/>) is dropped before it.
/// </summary>
public sealed class EchoFilter
{
    private readonly IOptionsMonitor<SyncEngineOptions> _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">The engine options (our own client ids per system).</param>
    public EchoFilter(IOptionsMonitor<SyncEngineOptions> options) => _options = options;

    /// <summary>Whether the vendor says the change was made by our own API client (fast path).</summary>
    /// <param name="change">The change event.</param>
    /// <returns>True when the event's origin client id is ours for its system.</returns>
    public bool IsOwnWrite(ChangeEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Origin?.ClientId is { Length: > 0 } clientId
            && _options.CurrentValue.OwnClientIds.TryGetValue(change.System, out var own)
            && string.Equals(own, clientId, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="record"/>, read on <paramref name="side"/>, changed no mapped value since the last sync.</summary>
    /// <param name="mapping">The object mapping.</param>
    /// <param name="side">The side the record was read on.</param>
    /// <param name="record">The record as read now.</param>
    /// <param name="entry">Its cross-reference row.</param>
    /// <returns>True when every field mapping's value equals its fingerprint on that side.</returns>
    public static bool IsEcho(ObjectMapping mapping, SyncSide side, SourceRecord record, CrossReferenceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(entry);
        return mapping.Fields.All(field =>
            entry.Fields.TryGetValue(field.Destination, out var synced)
            && synced.On(side) == FieldValues.Fingerprint(field, side, record));
    }
}

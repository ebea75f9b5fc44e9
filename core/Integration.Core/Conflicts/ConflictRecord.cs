using System.Text.Json;
using Integration.Core.CrossReference;

namespace Integration.Core.Conflicts;

/// <summary>A field changed on both sides since the last sync, settled by the source of truth; queryable by operators.</summary>
/// <param name="Mapping">The object mapping's name.</param>
/// <param name="AId">The record id on side A.</param>
/// <param name="BId">The record id on side B.</param>
/// <param name="Field">The field mapping's key (its destination field name).</param>
/// <param name="AValue">Side A's value(s) as read: one value, or an array for several sources.</param>
/// <param name="BValue">Side B's value as read.</param>
/// <param name="Winner">The side whose value was written (the source of truth).</param>
/// <param name="DecidedAt">When the engine decided.</param>
public sealed record ConflictRecord(
    string Mapping,
    string? AId,
    string? BId,
    string Field,
    JsonElement AValue,
    JsonElement BValue,
    SyncSide Winner,
    DateTimeOffset DecidedAt);

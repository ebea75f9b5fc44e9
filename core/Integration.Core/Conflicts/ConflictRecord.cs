using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Records;

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
/// <param name="AVersion">Side A's record version as read, when known.</param>
/// <param name="BVersion">Side B's record version as read, when known.</param>
public sealed record ConflictRecord(
    string Mapping,
    string? AId,
    string? BId,
    string Field,
    JsonElement AValue,
    JsonElement BValue,
    SyncSide Winner,
    DateTimeOffset DecidedAt,
    RecordVersion? AVersion = null,
    RecordVersion? BVersion = null)
{
    /// <summary>
    /// The conflict's identity: a hash of the mapping, both ids, the field, both versions and both values, not of
    /// <see cref="DecidedAt"/>. Two notifications of the same pair decided before the winning write lands settle the
    /// same conflict twice; a log keeps one record per key.
    /// </summary>
    [JsonIgnore]
    public string Key
    {
        get
        {
            var text = string.Join('\n',
                Mapping, AId, BId, Field,
                AVersion?.ModifiedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
                BVersion?.ModifiedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
                FieldFingerprint.Of(AValue).Value, FieldFingerprint.Of(BValue).Value);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
        }
    }
}

using System.Text.Json;

namespace Integration.Functions.Storage;

/// <summary>
/// The opaque ETag the engine gets for a cross-reference entry: the ids and the ETags of the rows it was read from
/// (its A row and its B row), so that an upsert can guard both rows and remove a row whose id moved.
/// </summary>
internal sealed record CrossReferenceETag(string? AId, string? AETag, string? BId, string? BETag)
{
    /// <summary>
    /// The ETag of the row that was not read: it exists, and is written unconditionally (<c>*</c>) in a transaction that
    /// the read row's ETag guards.
    /// </summary>
    public const string Unguarded = "*";

    public string Encode() => JsonSerializer.Serialize(this, MessageJson.Options);

    public static CrossReferenceETag Decode(string? value) =>
        value is null
            ? new CrossReferenceETag(null, null, null, null)
            : JsonSerializer.Deserialize<CrossReferenceETag>(value, MessageJson.Options)
              ?? throw new ArgumentException("A cross-reference ETag is JSON null.", nameof(value));
}

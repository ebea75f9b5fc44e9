using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Integration.Core.Fingerprints;

/// <summary>
/// A stable hash of a field's value: SHA-256 of its canonical JSON form (<see cref="CanonicalJson"/>), first 16 bytes,
/// as lower-case hex. Equal values give equal fingerprints whatever their JSON spelling: <c>1</c>, <c>1.0</c> and
/// <c>1e0</c> are equal; null, missing and the empty string are equal; other strings are compared as they are.
/// </summary>
/// <param name="Value">The hex text; null for the default value, meaning "never synced".</param>
public readonly record struct FieldFingerprint(string? Value)
{
    private const int Bytes = 16;

    /// <summary>The fingerprint of JSON null (also of a missing value and of the empty string).</summary>
    public static FieldFingerprint Null { get; } = Of(default(JsonElement));

    /// <summary>Whether this is the default value, which matches no value.</summary>
    public bool IsEmpty => Value is null;

    /// <summary>The fingerprint of one value.</summary>
    /// <param name="value">The value; <see cref="JsonValueKind.Undefined"/> (missing) hashes as null.</param>
    /// <returns>The fingerprint.</returns>
    public static FieldFingerprint Of(JsonElement value) => Hash(CanonicalJson.Write(value));

    /// <summary>
    /// The fingerprint of a field mapping's side A values: one value hashes as <see cref="Of(JsonElement)"/>,
    /// several (a <c>concat</c>'s sources) as the array of their canonical forms.
    /// </summary>
    /// <param name="values">The values, in the mapping's <c>sources</c> order.</param>
    /// <returns>The fingerprint.</returns>
    public static FieldFingerprint Of(IReadOnlyList<JsonElement> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 1 ? Of(values[0]) : Hash(CanonicalJson.Write(values));
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? "(none)";

    private static FieldFingerprint Hash(string canonical)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonical), digest);
        return new FieldFingerprint(Convert.ToHexStringLower(digest[..Bytes]));
    }
}

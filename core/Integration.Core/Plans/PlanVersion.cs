using System.Security.Cryptography;

namespace Integration.Core.Plans;

/// <summary>
/// The version of a plan: <c>sha256:</c> and 64 lowercase hex digits of the SHA-256 of the plan's
/// canonical JSON form (object keys sorted ordinally, no insignificant whitespace, the <c>$schema</c>
/// key left out, numbers as written). Every run records the version it ran under; changing anything
/// that matters, a threshold included, changes it.
/// </summary>
public readonly record struct PlanVersion
{
    private const string Prefix = "sha256:";
    private const int HexLength = 64;

    private PlanVersion(string value) => Value = value;

    /// <summary>The text form, <c>sha256:&lt;64 hex&gt;</c>.</summary>
    public string Value { get; }

    /// <summary>The version of a plan from the UTF-8 bytes of its canonical JSON form.</summary>
    /// <param name="canonicalJson">The canonical form, as produced by the plan loader.</param>
    /// <returns>The version.</returns>
    public static PlanVersion FromCanonicalJson(ReadOnlySpan<byte> canonicalJson) =>
        new(Prefix + Convert.ToHexStringLower(SHA256.HashData(canonicalJson)));

    /// <summary>Reads a version from its text form.</summary>
    /// <param name="text">Text such as <c>sha256:9f86d0…</c>.</param>
    /// <param name="version">The version when the text is well formed.</param>
    /// <returns>Whether the text is a well-formed version.</returns>
    public static bool TryParse(string? text, out PlanVersion version)
    {
        version = default;
        if (text is null || text.Length != Prefix.Length + HexLength || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text.AsSpan(Prefix.Length))
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        version = new PlanVersion(text);
        return true;
    }

    /// <summary>Reads a version from its text form.</summary>
    /// <param name="text">Text such as <c>sha256:9f86d0…</c>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">The text is not <c>sha256:</c> and 64 lowercase hex digits.</exception>
    public static PlanVersion Parse(string text) => TryParse(text, out var version)
        ? version
        : throw new FormatException($"'{text}' is not a plan version; expected 'sha256:' and 64 lowercase hex digits.");

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

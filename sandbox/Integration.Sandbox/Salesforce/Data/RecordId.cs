using System.Diagnostics.CodeAnalysis;

namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// Salesforce record ids: 15 case-sensitive base-62 characters (3-character key prefix first) plus a
/// 3-character case-safe checksum. Each chunk of 5 sets bit j when its j-th character is upper case; the
/// chunk value indexes <c>ABCDEFGHIJKLMNOPQRSTUVWXYZ012345</c>.
/// </summary>
internal static class RecordId
{
    public const string Empty = "000000000000000AAA";
    private const string ChecksumAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Checksum(ReadOnlySpan<char> id15)
    {
        Span<char> suffix = stackalloc char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var value = 0;
            for (var j = 0; j < 5; j++)
            {
                if (char.IsAsciiLetterUpper(id15[(chunk * 5) + j]))
                {
                    value |= 1 << j;
                }
            }

            suffix[chunk] = ChecksumAlphabet[value];
        }

        return new string(suffix);
    }

    /// <summary>Builds an 18-character id from a key prefix, a 2-character pod/org tag and a sequence number.</summary>
    public static string Create(string keyPrefix, string orgTag, long sequence)
    {
        Span<char> body = stackalloc char[15];
        keyPrefix.AsSpan().CopyTo(body);
        orgTag.AsSpan().CopyTo(body[3..]);
        for (var i = 14; i >= 5; i--)
        {
            body[i] = Base62[(int)(sequence % 62)];
            sequence /= 62;
        }

        return string.Concat(body, Checksum(body));
    }

    /// <summary>Accepts a 15- or 18-character id (the 18-character one must carry the right checksum).</summary>
    public static bool TryNormalize(string? candidate, [NotNullWhen(true)] out string? id18)
    {
        id18 = null;
        if (candidate is null || (candidate.Length != 15 && candidate.Length != 18) || !candidate.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var expected = string.Concat(candidate.AsSpan(0, 15), Checksum(candidate.AsSpan(0, 15)));
        if (candidate.Length == 18 && !string.Equals(candidate, expected, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        id18 = expected;
        return true;
    }

    /// <summary>A well-formed id whose key prefix names <paramref name="type"/>.</summary>
    public static bool TryNormalize(string? candidate, SObjectType type, [NotNullWhen(true)] out string? id18) =>
        TryNormalize(candidate, out id18) && id18.StartsWith(type.KeyPrefix, StringComparison.Ordinal);
}

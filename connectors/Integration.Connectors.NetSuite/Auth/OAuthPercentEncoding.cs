using System.Text;

namespace Integration.Connectors.NetSuite.Auth;

/// <summary>
/// RFC 5849 §3.6 percent-encoding: UTF-8 bytes, the RFC 3986 unreserved set
/// (<c>A-Z a-z 0-9 - . _ ~</c>) kept as is, every other byte as <c>%XX</c> with upper-case hex.
/// </summary>
internal static class OAuthPercentEncoding
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes <c>%XX</c> escapes (and, for form bodies, <c>+</c> as space) of a received query or form value.</summary>
    public static string Decode(string value, bool plusIsSpace) =>
        Uri.UnescapeDataString(plusIsSpace ? value.Replace('+', ' ') : value);

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
}

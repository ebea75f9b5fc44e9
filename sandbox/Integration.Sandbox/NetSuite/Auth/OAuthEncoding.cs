using System.Text;

namespace Integration.Sandbox.NetSuite.Auth;

/// <summary>RFC 5849 §3.6 percent-encoding: every byte of the UTF-8 form except A-Z a-z 0-9 - . _ ~, upper-case hex.</summary>
internal static class OAuthEncoding
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
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

    /// <summary>Decodes a query component as HTML forms do (<c>+</c> is a space), which RFC 5849 §3.4.1.3.1 prescribes.</summary>
    public static string DecodeQueryComponent(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}

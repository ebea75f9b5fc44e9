using System.Globalization;

namespace Integration.Connectors.Salesforce.Soql;

/// <summary>Salesforce's JSON date-times (<c>2026-11-23T10:15:30.000+0000</c>: UTC, milliseconds, offset without a colon) and dates.</summary>
internal static class SalesforceDateTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd",
    ];

    /// <summary>Formats as Salesforce writes it.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    /// <summary>Parses a Salesforce date-time or date (a date is midnight UTC).</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        // "+0000" → "+00:00", which the zzz specifier reads.
        var normalised = text.Length > 5 && text[^5] is '+' or '-' && char.IsAsciiDigit(text[^1]) && text[^3] != ':'
            ? text[..^2] + ":" + text[^2..]
            : text;
        return DateTimeOffset.TryParseExact(normalised, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}

using System.Globalization;
using System.Text;

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>
/// Oracle datetime format models used with <c>TO_DATE</c>, <c>TO_TIMESTAMP</c> and <c>TO_CHAR</c>, for the
/// elements <c>YYYY MM DD HH24 HH12 HH MI SS AM PM</c>, the separators <c>- / : , . space</c> and
/// <c>"quoted text"</c>. Other elements are a SuiteQL error rather than a guess.
/// </summary>
internal static class OracleDateFormat
{
    private static readonly (string Oracle, string DotNet)[] Elements =
    [
        ("YYYY", "yyyy"), ("HH24", "HH"), ("HH12", "hh"), ("HH", "hh"), ("MM", "MM"), ("DD", "dd"), ("MI", "mm"), ("SS", "ss"), ("AM", "tt"), ("PM", "tt"),
    ];

    public static string ToDotNet(string format)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            if (format[i] is '-' or '/' or ':' or ',' or '.' or ' ')
            {
                result.Append('\\').Append(format[i++]);
                continue;
            }

            if (format[i] == '"')
            {
                var end = format.IndexOf('"', i + 1);
                if (end < 0)
                {
                    throw new SuiteQlException($"Unterminated quoted text in the date format '{format}'.");
                }

                result.Append('\'').Append(format[(i + 1)..end]).Append('\'');
                i = end + 1;
                continue;
            }

            var match = Elements.FirstOrDefault(e => string.Compare(format, i, e.Oracle, 0, e.Oracle.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (match.Oracle is null)
            {
                throw new SuiteQlException($"The date format '{format}' is not supported at position {i + 1} (the sandbox knows YYYY MM DD HH24 HH12 HH MI SS AM PM).");
            }

            result.Append(match.DotNet);
            i += match.Oracle.Length;
        }

        return result.ToString();
    }

    /// <summary>Reads <paramref name="text"/> as a wall-clock time in <paramref name="zone"/>, as TO_DATE does with the user's time zone.</summary>
    public static DateTimeOffset Parse(string text, string format, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(text, ToDotNet(format), CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new SuiteQlException($"The literal '{text}' does not match the date format '{format}'.");
        }

        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }

    public static string Format(DateTimeOffset value, string format, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString(ToDotNet(format), CultureInfo.InvariantCulture);
}

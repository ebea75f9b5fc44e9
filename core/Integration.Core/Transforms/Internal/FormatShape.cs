namespace Integration.Core.Transforms.Internal;

/// <summary>What a .NET date format string reads, to tell a date format from a date-time format.</summary>
internal static class FormatShape
{
    private const string TimeFields = "HhmsfFt";

    /// <summary>
    /// Whether the format has time-of-day fields. Standard one-letter formats read a time except <c>d</c>,
    /// <c>D</c>, <c>M</c>/<c>m</c> and <c>Y</c>/<c>y</c>; in custom formats quoted and escaped text is skipped.
    /// </summary>
    public static bool HasTimeFields(string format)
    {
        if (format.Length == 1)
        {
            return !"dDMmYy".Contains(format[0], StringComparison.Ordinal);
        }

        char? quote = null;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (TimeFields.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

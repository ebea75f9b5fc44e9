using System.Globalization;

namespace Integration.Sandbox.HubSpot.Search;

/// <summary>
/// Compares a stored value with a filter value by the property's type: numbers as decimals, dates and
/// datetimes as instants (filter values in epoch ms or ISO 8601), everything else as case-insensitive text.
/// </summary>
internal static class SearchValues
{
    public static int? Compare(string type, string stored, string filter)
    {
        switch (type)
        {
            case "number":
                return decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                    && decimal.TryParse(filter, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) ? a.CompareTo(b) : null;
            case "date" or "datetime":
                return Wire.TryParseInstant(stored, out var x) && Wire.TryParseInstant(filter, out var y) ? x.CompareTo(y) : null;
            default:
                return string.Compare(stored, filter, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Token match: a value with <c>*</c> is a wildcard over the whole text or any word; otherwise any word equals it.</summary>
    public static bool ContainsToken(string stored, string token)
    {
        if (token.Contains('*', StringComparison.Ordinal))
        {
            return Glob(stored, token) || Words(stored).Any(w => Glob(w, token));
        }

        return string.Equals(stored, token, StringComparison.OrdinalIgnoreCase) || Words(stored).Any(w => string.Equals(w, token, StringComparison.OrdinalIgnoreCase));
    }

    private static string[] Words(string text) =>
        text.Split([' ', '\t', ',', '.', '@', '-', '_', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static bool Glob(string text, string pattern)
    {
        var parts = pattern.Split('*');
        if (!text.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var position = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return parts.Length == 1 ? text.Length == position : text.Length - position >= parts[^1].Length && text.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase);
    }
}

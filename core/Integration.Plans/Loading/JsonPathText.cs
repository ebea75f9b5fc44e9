namespace Integration.Plans.Loading;

/// <summary>Builds JSONPath-style locations: <c>$.mappings[0].fields[2]</c>, <c>$.systems['my system']</c>.</summary>
internal static class JsonPathText
{
    public const string Root = "$";

    public static string Property(string parent, string name) => IsIdentifier(name)
        ? $"{parent}.{name}"
        : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Whether one path is the other, or inside it.</summary>
    public static bool AreNested(string a, string b) => Contains(a, b) || Contains(b, a);

    /// <summary>The path of the containing object or array, or null for the root.</summary>
    public static string? Parent(string path)
    {
        var lastStart = -1;
        var inQuotes = false;
        for (var i = 1; i < path.Length; i++)
        {
            var c = path[i];
            if (inQuotes)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'')
                {
                    inQuotes = false;
                }
            }
            else if (c == '\'')
            {
                inQuotes = true;
            }
            else if (c is '.' or '[')
            {
                lastStart = i;
            }
        }

        return lastStart < 0 ? null : path[..lastStart];
    }

    private static bool Contains(string outer, string inner) =>
        inner.StartsWith(outer, StringComparison.Ordinal) && (inner.Length == outer.Length || inner[outer.Length] is '.' or '[');

    private static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
}

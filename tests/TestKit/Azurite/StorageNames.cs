namespace Integration.TestKit.Azurite;

/// <summary>Unique, valid storage names so that tests never share queues, tables or containers.</summary>
public static class StorageNames
{
    /// <summary>A queue or container name: lower-case letters, digits and dashes, 3 to 63 characters.</summary>
    public static string Queue(string prefix) => $"{Clean(prefix, allowDash: true)}-{Suffix()}";

    /// <summary>A blob container name (same rules as queues).</summary>
    public static string Container(string prefix) => Queue(prefix);

    /// <summary>A table name: letters and digits, starting with a letter, 3 to 63 characters.</summary>
    public static string Table(string prefix) => $"{Clean(prefix, allowDash: false)}{Suffix()}";

    private static string Suffix() => Guid.NewGuid().ToString("N")[..10];

    private static string Clean(string prefix, bool allowDash)
    {
        var chars = prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || (allowDash && c == '-')).ToArray();
        var text = new string(chars).Trim('-');
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            text = "t" + text;
        }

        return text.Length > 40 ? text[..40] : text;
    }
}

using System.Text.RegularExpressions;

namespace Integration.Connectors.NetSuite.Query;

/// <summary>Guards for the parts of SuiteQL text built from input: identifiers, internal ids and string literals.</summary>
internal static partial class SuiteQlText
{
    public static string Identifier(string name) =>
        IdentifierPattern().IsMatch(name)
            ? name.ToLowerInvariant()
            : throw new ArgumentException($"'{name}' is not a SuiteQL column name (letters, digits and '_' only).", nameof(name));

    /// <summary>NetSuite internal ids are positive integers; anything else cannot name a record.</summary>
    public static bool IsInternalId(string id) => id.Length is > 0 and <= 18 && id.All(char.IsAsciiDigit);

    public static string StringLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Joins conditions with AND, leaving out the empty ones; empty when none remain.</summary>
    public static string Where(params string?[] conditions)
    {
        var present = conditions.Where(condition => !string.IsNullOrWhiteSpace(condition)).Select(condition => $"({condition})").ToList();
        return present.Count == 0 ? "" : " WHERE " + string.Join(" AND ", present);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}

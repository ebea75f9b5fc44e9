using System.Globalization;
using System.Text;

namespace Integration.Connectors.Salesforce.Soql;

/// <summary>SOQL literals (SOQL and SOSL Reference, "Quoted String Escape Sequences", "Date Formats and Date Literals").</summary>
internal static class SoqlLiteral
{
    /// <summary>A single-quoted string literal with <c>\' \" \\ \n \r \t \b \f</c> escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\'' => @"\'",
                '"' => "\\\"",
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\b' => @"\b",
                '\f' => @"\f",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>
    /// An unquoted UTC date-time literal <c>YYYY-MM-DDThh:mm:ssZ</c>. Sub-second precision is dropped
    /// (rounded down), so a <c>&gt;=</c> bound never skips a record.
    /// </summary>
    public static string DateTime(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}

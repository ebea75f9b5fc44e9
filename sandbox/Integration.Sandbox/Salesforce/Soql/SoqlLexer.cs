using System.Text;
using System.Text.RegularExpressions;

namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>Splits a SOQL statement into tokens; anything outside the subset is a MALFORMED_QUERY.</summary>
internal static partial class SoqlLexer
{
    public static List<SoqlToken> Tokenize(string query)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < query.Length && (char.IsAsciiLetterOrDigit(query[i]) || query[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.Identifier, query[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c is '-' or '+' && i + 1 < query.Length && char.IsAsciiDigit(query[i + 1])))
            {
                tokens.Add(ReadNumberOrDate(query, ref i));
            }
            else if (c == '\'')
            {
                tokens.Add(ReadString(query, ref i));
            }
            else
            {
                tokens.Add(ReadPunctuation(query, ref i));
            }
        }

        tokens.Add(new SoqlToken(SoqlTokenKind.End, string.Empty, query.Length));
        return tokens;
    }

    private static SoqlToken ReadNumberOrDate(string query, ref int i)
    {
        var start = i;
        var dateTime = DateTimeLiteral().Match(query, i);
        if (dateTime.Success && dateTime.Index == i)
        {
            i += dateTime.Length;
            return new SoqlToken(SoqlTokenKind.DateTime, dateTime.Value, start);
        }

        var date = DateLiteral().Match(query, i);
        if (date.Success && date.Index == i)
        {
            i += date.Length;
            return new SoqlToken(SoqlTokenKind.Date, date.Value, start);
        }

        i++;
        while (i < query.Length && (char.IsAsciiDigit(query[i]) || query[i] == '.'))
        {
            i++;
        }

        return new SoqlToken(SoqlTokenKind.Number, query[start..i], start);
    }

    private static SoqlToken ReadString(string query, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (i < query.Length && query[i] != '\'')
        {
            if (query[i] == '\\' && i + 1 < query.Length)
            {
                i++;
                value.Append(query[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => query[i] });
            }
            else
            {
                value.Append(query[i]);
            }

            i++;
        }

        if (i >= query.Length)
        {
            throw SoqlErrors.Malformed(query, start, "unterminated string literal");
        }

        i++;
        return new SoqlToken(SoqlTokenKind.String, query[start..i], start) { Value = value.ToString() };
    }

    private static SoqlToken ReadPunctuation(string query, ref int i)
    {
        var start = i;
        var two = i + 1 < query.Length ? query.Substring(i, 2) : string.Empty;
        if (two is "!=" or "<>" or "<=" or ">=")
        {
            i += 2;
            return new SoqlToken(SoqlTokenKind.Operator, two == "<>" ? "!=" : two, start);
        }

        i++;
        return query[start] switch
        {
            ',' => new SoqlToken(SoqlTokenKind.Comma, ",", start),
            '(' => new SoqlToken(SoqlTokenKind.OpenParen, "(", start),
            ')' => new SoqlToken(SoqlTokenKind.CloseParen, ")", start),
            '=' or '<' or '>' => new SoqlToken(SoqlTokenKind.Operator, query[start].ToString(), start),
            _ => throw SoqlErrors.Unexpected(query, new SoqlToken(SoqlTokenKind.Operator, query[start].ToString(), start)),
        };
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeLiteral();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}(?![\dT])", RegexOptions.CultureInvariant)]
    private static partial Regex DateLiteral();
}

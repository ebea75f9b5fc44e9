using System.Text;

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>
/// Splits a query into identifiers, <c>'strings'</c> (<c>''</c> escapes a quote), unsigned numbers and the
/// symbols <c>, ( ) . * = != &lt;&gt; &lt; &lt;= &gt; &gt;=</c>. Anything else (quoted identifiers, comments,
/// <c>;</c>, bind variables) is an error.
/// </summary>
internal static class SuiteQlLexer
{
    public static IReadOnlyList<SqlToken> Tokenize(string text)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '$' or '#'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Number, text[start..i], start));
            }
            else if (c == '\'')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else
            {
                tokens.Add(ReadSymbol(text, ref i));
            }
        }

        tokens.Add(new SqlToken(SqlTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static SqlToken ReadString(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new SuiteQlException($"Unterminated string starting at position {start + 1}.");
            }

            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                return new SqlToken(SqlTokenKind.String, value.ToString(), start);
            }

            value.Append(text[i++]);
        }
    }

    private static SqlToken ReadSymbol(string text, ref int i)
    {
        var start = i;
        var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
        if (two is "!=" or "<>" or "<=" or ">=")
        {
            i += 2;
            return new SqlToken(SqlTokenKind.Symbol, two, start);
        }

        if (text[i] is ',' or '(' or ')' or '.' or '*' or '=' or '<' or '>')
        {
            i++;
            return new SqlToken(SqlTokenKind.Symbol, text[start].ToString(), start);
        }

        throw new SuiteQlException($"Unsupported character '{text[i]}' at position {i + 1}.");
    }
}

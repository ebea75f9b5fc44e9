using Integration.Sandbox.NetSuite.SuiteQl.Syntax;

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>
/// Recursive-descent parser for the emulated subset:
/// <c>SELECT (* | item [[AS] alias], ...) FROM table [alias] [WHERE condition] [ORDER BY key [ASC|DESC], ...]</c>,
/// items being columns, <c>COUNT(*)</c>, <c>COUNT/SUM/MIN/MAX(column)</c> or <c>TO_CHAR(column, 'format')</c>.
/// Joins, GROUP BY, subqueries, DISTINCT, LIKE, BETWEEN and other functions are errors.
/// </summary>
internal sealed partial class SuiteQlParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS", "NULL", "ORDER", "BY", "ASC", "DESC", "AS", "GROUP", "HAVING",
        "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "FULL", "CROSS", "ON", "UNION", "DISTINCT", "LIKE", "BETWEEN", "NULLS", "FETCH", "OFFSET",
        "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "ALL", "ANY", "TOP", "LIMIT", "WITH", "MINUS", "INTERSECT",
    };

    private readonly IReadOnlyList<SqlToken> _tokens;
    private readonly TimeZoneInfo _zone;
    private int _position;

    private SuiteQlParser(string text, TimeZoneInfo zone)
    {
        _tokens = SuiteQlLexer.Tokenize(text);
        _zone = zone;
    }

    public static SelectStatement Parse(string text, TimeZoneInfo zone) => new SuiteQlParser(text, zone).ParseSelect();

    private SqlToken Current => _tokens[_position];

    private SelectStatement ParseSelect()
    {
        ExpectKeyword("SELECT");
        var items = new List<SelectItem>();
        if (TrySymbol("*"))
        {
            // SELECT * keeps Items empty.
        }
        else
        {
            do
            {
                items.Add(ParseSelectItem());
            }
            while (TrySymbol(","));
        }

        ExpectKeyword("FROM");
        var table = ExpectIdentifier("a table name").ToLowerInvariant();
        string? alias = null;
        if (Current.Kind == SqlTokenKind.Identifier && !Keywords.Contains(Current.Text))
        {
            alias = Next().Text.ToLowerInvariant();
        }

        var where = TryKeyword("WHERE") ? ParseOr() : null;
        var order = new List<OrderItem>();
        if (TryKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var key = ParseColumn();
                var descending = TryKeyword("DESC");
                if (!descending)
                {
                    TryKeyword("ASC");
                }

                order.Add(new OrderItem(key, descending));
            }
            while (TrySymbol(","));
        }

        if (Current.Kind != SqlTokenKind.End)
        {
            throw Unsupported();
        }

        return new SelectStatement(items, table, alias, where, order);
    }

    private SelectItem ParseSelectItem()
    {
        SelectItem item;
        if (Current.Kind == SqlTokenKind.Identifier && _tokens[_position + 1].IsSymbol("("))
        {
            var function = Next().Text.ToUpperInvariant();
            Next();
            item = function switch
            {
                "COUNT" when TrySymbol("*") => new SelectItem(function, null, null, null),
                "COUNT" or "SUM" or "MIN" or "MAX" => new SelectItem(function, ParseColumn(), null, null),
                "TO_CHAR" => ParseToChar(),
                _ => throw new SuiteQlException($"The function {function} is not supported by the sandbox (COUNT, SUM, MIN, MAX and TO_CHAR are)."),
            };
            ExpectSymbol(")");
        }
        else
        {
            item = new SelectItem(null, ParseColumn(), null, null);
        }

        if (TryKeyword("AS"))
        {
            return item with { Alias = ExpectIdentifier("an alias").ToLowerInvariant() };
        }

        return Current.Kind == SqlTokenKind.Identifier && !Keywords.Contains(Current.Text) ? item with { Alias = Next().Text.ToLowerInvariant() } : item;
    }

    private SelectItem ParseToChar()
    {
        var column = ParseColumn();
        ExpectSymbol(",");
        var format = Current.Kind == SqlTokenKind.String ? Next().Text : throw Unsupported();
        OracleDateFormat.ToDotNet(format);
        return new SelectItem("TO_CHAR", column, format, null);
    }

    private ColumnOperand ParseColumn()
    {
        var first = ExpectIdentifier("a column");
        if (TrySymbol("."))
        {
            return new ColumnOperand(first.ToLowerInvariant(), ExpectIdentifier("a column").ToLowerInvariant());
        }

        return new ColumnOperand(null, first.ToLowerInvariant());
    }

    private SqlToken Next() => _tokens[_position++];

    private bool TryKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        _position++;
        return true;
    }

    private bool TrySymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryKeyword(keyword))
        {
            throw new SuiteQlException($"Expected {keyword} but found {Current}.");
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!TrySymbol(symbol))
        {
            throw new SuiteQlException($"Expected '{symbol}' but found {Current}.");
        }
    }

    private string ExpectIdentifier(string what)
    {
        if (Current.Kind != SqlTokenKind.Identifier || Keywords.Contains(Current.Text))
        {
            throw new SuiteQlException($"Expected {what} but found {Current}.");
        }

        return Next().Text;
    }

    private SuiteQlException Unsupported() => new($"Unsupported or invalid syntax near {Current}.");
}

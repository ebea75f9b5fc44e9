using System.Globalization;
using Integration.Sandbox.Salesforce.Soql.Syntax;

namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>
/// Recursive-descent parser for the subset:
/// <c>SELECT items FROM Object [WHERE cond] [GROUP BY fields] [ORDER BY keys] [LIMIT n] [OFFSET n]</c>.
/// Anything else (subqueries, HAVING, WITH, FOR, TYPEOF, functions, bind variables) is MALFORMED_QUERY.
/// </summary>
internal sealed partial class SoqlParser
{
    public const int MaxLength = 100_000;
    private static readonly string[] Aggregates = ["COUNT", "COUNT_DISTINCT", "SUM", "MIN", "MAX", "AVG"];
    private static readonly string[] Reserved = ["SELECT", "FROM", "WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET", "HAVING", "WITH", "FOR", "AND", "OR", "NOT", "IN", "LIKE", "NULLS", "ASC", "DESC", "BY", "USING", "TYPEOF", "ALL"];
    private readonly string _query;
    private readonly List<SoqlToken> _tokens;
    private int _next;

    private SoqlParser(string query)
    {
        _query = query;
        _tokens = SoqlLexer.Tokenize(query);
    }

    public static SoqlQuery Parse(string query)
    {
        if (query.Length > MaxLength)
        {
            throw new SoqlException("MALFORMED_QUERY", $"Query is too long: {query.Length} characters; the maximum is {MaxLength}.");
        }

        return new SoqlParser(query).ParseQuery();
    }

    private SoqlToken Peek => _tokens[_next];

    private SoqlQuery ParseQuery()
    {
        Expect("SELECT");
        var select = new List<SelectItem> { ParseSelectItem() };
        while (TryTake(SoqlTokenKind.Comma))
        {
            select.Add(ParseSelectItem());
        }

        Expect("FROM");
        var from = Take(SoqlTokenKind.Identifier);
        var where = TryTake("WHERE") ? ParseCondition() : null;
        var groupBy = new List<FieldPath>();
        if (TryTake("GROUP"))
        {
            Expect("BY");
            do
            {
                groupBy.Add(ParseField());
            }
            while (TryTake(SoqlTokenKind.Comma));
        }

        var orderBy = new List<OrderItem>();
        if (TryTake("ORDER"))
        {
            Expect("BY");
            do
            {
                orderBy.Add(ParseOrderItem());
            }
            while (TryTake(SoqlTokenKind.Comma));
        }

        int? limit = TryTake("LIMIT") ? ParseCount() : null;
        var offsetPosition = Peek.Position;
        int? offset = TryTake("OFFSET") ? ParseCount() : null;
        if (Peek.Kind != SoqlTokenKind.End)
        {
            throw SoqlErrors.Unexpected(_query, Peek);
        }

        return new SoqlQuery(_query, select, from.Text, from.Position, where, groupBy, orderBy, limit, offset, offsetPosition);
    }

    private SelectItem ParseSelectItem()
    {
        var token = Peek;
        if (token.Kind == SoqlTokenKind.Identifier && _tokens[_next + 1].Kind == SoqlTokenKind.OpenParen)
        {
            var function = token.Text.ToUpperInvariant();
            if (!Aggregates.Contains(function))
            {
                throw SoqlErrors.Unexpected(_query, token);
            }

            _next += 2;
            FieldPath? field = Peek.Kind == SoqlTokenKind.CloseParen ? null : ParseField();
            Take(SoqlTokenKind.CloseParen);
            if (field is null && function != "COUNT")
            {
                throw SoqlErrors.Unexpected(_query, _tokens[_next - 1]);
            }

            string? alias = Peek.Kind == SoqlTokenKind.Identifier && !IsReserved(Peek) ? Take(SoqlTokenKind.Identifier).Text : null;
            return new AggregateSelect(function, field, alias, token.Position);
        }

        return new FieldSelect(ParseField());
    }

    private OrderItem ParseOrderItem()
    {
        var field = ParseField();
        var descending = TryTake("DESC");
        if (!descending)
        {
            TryTake("ASC");
        }

        bool? nullsFirst = null;
        if (TryTake("NULLS"))
        {
            nullsFirst = TryTake("FIRST") ? true
                : TryTake("LAST") ? false
                : throw SoqlErrors.Unexpected(_query, Peek);
        }

        return new OrderItem(field, descending, nullsFirst);
    }

    private FieldPath ParseField()
    {
        var token = Peek;
        if (token.Kind != SoqlTokenKind.Identifier || IsReserved(token) || token.Text.EndsWith('.') || token.Text.Contains("..", StringComparison.Ordinal))
        {
            throw SoqlErrors.Unexpected(_query, token);
        }

        _next++;
        return new FieldPath(token.Text, token.Position);
    }

    private int ParseCount()
    {
        var token = Take(SoqlTokenKind.Number);
        return int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw SoqlErrors.Unexpected(_query, token);
    }

    private static bool IsReserved(SoqlToken token) => Reserved.Any(token.Is);

    private void Expect(string keyword)
    {
        if (!TryTake(keyword))
        {
            throw SoqlErrors.Unexpected(_query, Peek);
        }
    }

    private bool TryTake(string keyword)
    {
        if (!Peek.Is(keyword))
        {
            return false;
        }

        _next++;
        return true;
    }

    private bool TryTake(SoqlTokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }

        _next++;
        return true;
    }

    private SoqlToken Take(SoqlTokenKind kind) =>
        Peek.Kind == kind ? _tokens[_next++] : throw SoqlErrors.Unexpected(_query, Peek);
}

using Integration.Sandbox.Salesforce.Soql.Syntax;

namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>WHERE: <c>cond := unary (AND unary)* | unary (OR unary)*</c>; <c>unary := NOT unary | ( cond ) | predicate</c>.</summary>
internal sealed partial class SoqlParser
{
    private static readonly string[] DateKeywords = ["TODAY", "YESTERDAY", "TOMORROW"];

    private SoqlCondition ParseCondition()
    {
        var first = ParseUnary();
        if (!Peek.Is("AND") && !Peek.Is("OR"))
        {
            return first;
        }

        var isAnd = Peek.Is("AND");
        var operands = new List<SoqlCondition> { first };
        while (TryTake(isAnd ? "AND" : "OR"))
        {
            operands.Add(ParseUnary());
        }

        // Mixing AND and OR without parentheses is a syntax error in SOQL, not a precedence rule.
        if (Peek.Is(isAnd ? "OR" : "AND"))
        {
            throw SoqlErrors.Unexpected(_query, Peek);
        }

        return new LogicalCondition(isAnd, operands);
    }

    private SoqlCondition ParseUnary()
    {
        if (TryTake("NOT"))
        {
            return new NotCondition(ParseUnary());
        }

        if (TryTake(SoqlTokenKind.OpenParen))
        {
            var inner = ParseCondition();
            Take(SoqlTokenKind.CloseParen);
            return inner;
        }

        var field = ParseField();
        if (TryTake("LIKE"))
        {
            var pattern = Take(SoqlTokenKind.String);
            return new LikeCondition(field, new SoqlLiteral(LiteralKind.String, pattern.Value, pattern.Position));
        }

        var negated = TryTake("NOT");
        if (TryTake("IN"))
        {
            Take(SoqlTokenKind.OpenParen);
            var values = new List<SoqlLiteral> { ParseLiteral() };
            while (TryTake(SoqlTokenKind.Comma))
            {
                values.Add(ParseLiteral());
            }

            Take(SoqlTokenKind.CloseParen);
            return new InCondition(field, negated, values);
        }

        if (negated)
        {
            throw SoqlErrors.Unexpected(_query, Peek);
        }

        var op = Take(SoqlTokenKind.Operator);
        return new ComparisonCondition(field, op.Text, ParseLiteral());
    }

    private SoqlLiteral ParseLiteral()
    {
        var token = Peek;
        var kind = token.Kind switch
        {
            SoqlTokenKind.String => LiteralKind.String,
            SoqlTokenKind.Number => LiteralKind.Number,
            SoqlTokenKind.Date => LiteralKind.Date,
            SoqlTokenKind.DateTime => LiteralKind.DateTime,
            SoqlTokenKind.Identifier when token.Is("null") => LiteralKind.Null,
            SoqlTokenKind.Identifier when token.Is("true") || token.Is("false") => LiteralKind.Boolean,
            SoqlTokenKind.Identifier when DateKeywords.Any(token.Is) => LiteralKind.DateKeyword,
            _ => throw SoqlErrors.Unexpected(_query, token),
        };
        _next++;
        return new SoqlLiteral(kind, kind == LiteralKind.DateKeyword ? token.Text.ToUpperInvariant() : token.Value, token.Position);
    }
}

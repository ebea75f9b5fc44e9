using System.Globalization;
using Integration.Sandbox.NetSuite.SuiteQl.Syntax;

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>WHERE: OR of ANDs of [NOT] comparisons, IN lists, IS [NOT] NULL and parenthesised conditions.</summary>
internal sealed partial class SuiteQlParser
{
    private static readonly HashSet<string> Comparisons = ["=", "!=", "<>", "<", "<=", ">", ">="];

    private SqlCondition ParseOr()
    {
        var left = ParseAnd();
        while (TryKeyword("OR"))
        {
            left = new LogicalCondition(left, false, ParseAnd());
        }

        return left;
    }

    private SqlCondition ParseAnd()
    {
        var left = ParseNot();
        while (TryKeyword("AND"))
        {
            left = new LogicalCondition(left, true, ParseNot());
        }

        return left;
    }

    private SqlCondition ParseNot() => TryKeyword("NOT") ? new NotCondition(ParseNot()) : ParsePrimary();

    private SqlCondition ParsePrimary()
    {
        if (TrySymbol("("))
        {
            var inner = ParseOr();
            ExpectSymbol(")");
            return inner;
        }

        var left = ParseOperand();
        if (TryKeyword("IS"))
        {
            var negated = TryKeyword("NOT");
            ExpectKeyword("NULL");
            return new NullCondition(left, negated);
        }

        var notIn = TryKeyword("NOT");
        if (TryKeyword("IN"))
        {
            ExpectSymbol("(");
            var values = new List<SqlOperand>();
            do
            {
                values.Add(ParseOperand());
            }
            while (TrySymbol(","));
            ExpectSymbol(")");
            return new InCondition(left, values, notIn);
        }

        if (notIn || Current.Kind != SqlTokenKind.Symbol || !Comparisons.Contains(Current.Text))
        {
            throw Unsupported();
        }

        var op = Next().Text;
        return new ComparisonCondition(left, op, ParseOperand());
    }

    private SqlOperand ParseOperand()
    {
        var token = Current;
        switch (token.Kind)
        {
            case SqlTokenKind.String:
                _position++;
                return new LiteralOperand(token.Text);
            case SqlTokenKind.Number:
                _position++;
                return decimal.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? new LiteralOperand(number)
                    : throw new SuiteQlException($"Invalid number {token}.");
            case SqlTokenKind.Identifier when token.IsKeyword("NULL"):
                _position++;
                return new LiteralOperand(null);
            case SqlTokenKind.Identifier when _tokens[_position + 1].IsSymbol("("):
                return ParseDateFunction();
            case SqlTokenKind.Identifier when !Keywords.Contains(token.Text):
                return ParseColumn();
            default:
                throw Unsupported();
        }
    }

    private LiteralOperand ParseDateFunction()
    {
        var function = Next().Text.ToUpperInvariant();
        if (function is not ("TO_DATE" or "TO_TIMESTAMP"))
        {
            throw new SuiteQlException($"The function {function} is not supported in conditions by the sandbox (TO_DATE and TO_TIMESTAMP are).");
        }

        ExpectSymbol("(");
        var text = Current.Kind == SqlTokenKind.String ? Next().Text : throw Unsupported();
        ExpectSymbol(",");
        var format = Current.Kind == SqlTokenKind.String ? Next().Text : throw Unsupported();
        ExpectSymbol(")");
        return new LiteralOperand(OracleDateFormat.Parse(text, format, _zone));
    }
}

using System.Globalization;
using Integration.Sandbox.NetSuite.SuiteQl.Syntax;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>
/// Turns a WHERE condition into a three-valued predicate (null = unknown, as in SQL), checking columns and
/// literal types first: dates compare only with TO_DATE/TO_TIMESTAMP literals, numbers with numbers (or
/// quoted numbers), text with text.
/// </summary>
internal sealed class ConditionCompiler(SuiteQlTable table, string? tableAlias, TimeZoneInfo zone)
{
    public Func<Dictionary<string, object?>, bool?> Compile(SqlCondition condition) => condition switch
    {
        LogicalCondition { IsAnd: true } and => And(Compile(and.Left), Compile(and.Right)),
        LogicalCondition or => Or(Compile(or.Left), Compile(or.Right)),
        NotCondition not => Not(Compile(not.Inner)),
        NullCondition isNull => IsNull(Column(isNull.Operand), isNull.Negated),
        InCondition list => In(list),
        ComparisonCondition comparison => Comparison(comparison),
        _ => throw new SuiteQlException("Unsupported condition."),
    };

    public string Column(SqlOperand operand)
    {
        if (operand is not ColumnOperand column)
        {
            throw new SuiteQlException("A condition must compare a column.");
        }

        if (column.Qualifier is { } qualifier && qualifier != table.Name && qualifier != tableAlias)
        {
            throw new SuiteQlException($"Unknown table or alias '{qualifier}' (only {table.Name} is queried).");
        }

        return table.KindOf(column.Column) is null
            ? throw new SuiteQlException($"Field '{column.Column}' for record '{table.Name}' was not found. Reason: NOT_EXPOSED - Not available for channel SEARCH")
            : column.Column;
    }

    private static Func<Dictionary<string, object?>, bool?> And(Func<Dictionary<string, object?>, bool?> left, Func<Dictionary<string, object?>, bool?> right) =>
        row => (left(row), right(row)) switch
        {
            (false, _) or (_, false) => false,
            (true, true) => true,
            _ => null,
        };

    private static Func<Dictionary<string, object?>, bool?> Or(Func<Dictionary<string, object?>, bool?> left, Func<Dictionary<string, object?>, bool?> right) =>
        row => (left(row), right(row)) switch
        {
            (true, _) or (_, true) => true,
            (false, false) => false,
            _ => null,
        };

    private static Func<Dictionary<string, object?>, bool?> Not(Func<Dictionary<string, object?>, bool?> inner) => row => !inner(row);

    private static Func<Dictionary<string, object?>, bool?> IsNull(string column, bool negated) =>
        row => (row.GetValueOrDefault(column) is null) != negated;

    private Func<Dictionary<string, object?>, bool?> In(InCondition list)
    {
        var column = Column(list.Operand);
        var values = list.Values.Select(v => Literal(column, v)).ToList();
        return row =>
        {
            if (row.GetValueOrDefault(column) is not { } value)
            {
                return null;
            }

            var found = values.Any(v => v is not null && SqlValues.Compare(value, v, zone) == 0);
            return found ? !list.Negated : values.Any(v => v is null) ? null : list.Negated;
        };
    }

    private Func<Dictionary<string, object?>, bool?> Comparison(ComparisonCondition comparison)
    {
        var (left, op, right) = comparison.Left is ColumnOperand ? (comparison.Left, comparison.Operator, comparison.Right) : (comparison.Right, Flip(comparison.Operator), comparison.Left);
        var column = Column(left);
        Func<Dictionary<string, object?>, object?> rightValue;
        if (right is ColumnOperand other)
        {
            var otherColumn = Column(other);
            rightValue = row => row.GetValueOrDefault(otherColumn);
        }
        else
        {
            var literal = Literal(column, right);
            rightValue = _ => literal;
        }

        return row =>
        {
            if (row.GetValueOrDefault(column) is not { } a || rightValue(row) is not { } b)
            {
                return null;
            }

            var order = SqlValues.Compare(a, b, zone);
            return op switch
            {
                "=" => order == 0,
                "!=" or "<>" => order != 0,
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            };
        };
    }

    private object? Literal(string column, SqlOperand operand)
    {
        if (operand is not LiteralOperand { Value: var value })
        {
            throw new SuiteQlException("IN lists take literals only.");
        }

        var kind = table.KindOf(column)!.Value;
        return (kind, value) switch
        {
            (_, null) => null,
            (ColumnKind.Number, decimal) => value,
            (ColumnKind.Number, string text) when decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            (ColumnKind.Text, string) => value,
            (ColumnKind.DateTime or ColumnKind.Date, DateTimeOffset) => value,
            _ => throw new SuiteQlException($"Invalid value {Describe(value)} for the {kind.ToString().ToLowerInvariant()} field '{column}'. Use TO_DATE or TO_TIMESTAMP with a format for dates."),
        };
    }

    private static string Describe(object value) => value is string s ? $"'{s}'" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    private static string Flip(string op) => op switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        _ => op,
    };
}

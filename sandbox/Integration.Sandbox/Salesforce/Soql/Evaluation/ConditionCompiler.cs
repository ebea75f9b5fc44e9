using System.Globalization;
using System.Text.RegularExpressions;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Soql.Syntax;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>Turns a WHERE tree into a predicate, checking each literal against its field's type.</summary>
internal sealed class ConditionCompiler(string query, Func<FieldPath, FieldAccessor> resolve, DateTimeOffset now)
{
    public Func<SoqlRow, bool> Compile(SoqlCondition condition) => condition switch
    {
        LogicalCondition { IsAnd: true } and => All([.. and.Operands.Select(Compile)]),
        LogicalCondition or => Any([.. or.Operands.Select(Compile)]),
        NotCondition not => Negate(Compile(not.Operand)),
        ComparisonCondition c => Comparison(resolve(c.Field), c.Operator, Literal(resolve(c.Field), c.Value)),
        InCondition c => In(resolve(c.Field), c.Negated, [.. c.Values.Select(v => Literal(resolve(c.Field), v))]),
        LikeCondition c => Like(resolve(c.Field), c),
        _ => throw new InvalidOperationException(condition.GetType().Name),
    };

    private static Func<SoqlRow, bool> All(Func<SoqlRow, bool>[] parts) => row => parts.All(p => p(row));

    private static Func<SoqlRow, bool> Any(Func<SoqlRow, bool>[] parts) => row => parts.Any(p => p(row));

    private static Func<SoqlRow, bool> Negate(Func<SoqlRow, bool> inner) => row => !inner(row);

    private static Func<SoqlRow, bool> Comparison(FieldAccessor field, string op, object? literal) => row =>
    {
        var value = field.Read(row);
        if (literal is null || value is null)
        {
            var bothNull = literal is null && value is null;
            return op switch { "=" => bothNull, "!=" => !bothNull, _ => false };
        }

        if (literal is DateRange range)
        {
            return range.Matches(value, op);
        }

        var order = ValueComparer.Compare(value, literal, field.Field.Type);
        return op switch
        {
            "=" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => false,
        };
    };

    private static Func<SoqlRow, bool> In(FieldAccessor field, bool negated, object?[] literals)
    {
        var equals = literals.Select(l => Comparison(field, "=", l)).ToArray();
        return row => equals.Any(e => e(row)) != negated;
    }

    private Func<SoqlRow, bool> Like(FieldAccessor field, LikeCondition like)
    {
        if (!field.Field.Type.IsText())
        {
            throw SoqlErrors.Malformed(query, like.Field.Position, $"invalid operator on {field.Field.Type.SoqlTypeName()} field: LIKE ({field.Field.Name})");
        }

        var pattern = new System.Text.StringBuilder("^");
        var text = like.Pattern.Text;
        for (var i = 0; i < text.Length; i++)
        {
            pattern.Append(text[i] switch
            {
                '%' => ".*",
                '_' => ".",
                '\\' when i + 1 < text.Length => Regex.Escape(text[++i].ToString()),
                var c => Regex.Escape(c.ToString()),
            });
        }

        var regex = new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return row => field.Read(row) is string value && regex.IsMatch(value);
    }

    private object? Literal(FieldAccessor accessor, SoqlLiteral literal)
    {
        var field = accessor.Field;
        if (literal.Kind == LiteralKind.Null)
        {
            return null;
        }

        var type = field.Type;
        return (type, literal.Kind) switch
        {
            (FieldType.Id or FieldType.Reference, LiteralKind.String) => RecordId.TryNormalize(literal.Text, out var id18)
                ? id18
                : throw SoqlErrors.InvalidId(query, literal.Position, literal.Text),
            (_, LiteralKind.String) when type.IsText() => literal.Text,
            (_, LiteralKind.Number) when type.IsNumeric() => decimal.Parse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture),
            (FieldType.Boolean, LiteralKind.Boolean) => bool.Parse(literal.Text),
            (FieldType.Date, LiteralKind.Date) => DateOnly.ParseExact(literal.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            (FieldType.DateTime, LiteralKind.DateTime) => SalesforceDateTime.TryParse(literal.Text, out var instant)
                ? instant
                : throw SoqlErrors.Malformed(query, literal.Position, $"invalid datetime: {literal.Text}"),
            (FieldType.Date or FieldType.DateTime, LiteralKind.DateKeyword) => DateRange.For(literal.Text, now),
            _ => throw SoqlErrors.FilterType(query, literal.Position, field.Name, type.SoqlTypeName(), quoted: type.IsText()),
        };
    }
}

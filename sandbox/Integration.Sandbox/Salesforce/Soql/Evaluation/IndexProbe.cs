using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Soql.Syntax;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>
/// An equality the store can answer from an index (<c>Id = …</c>, <c>External_Id__c IN (…)</c>, <c>AccountId = …</c>),
/// alone or as one operand of a top-level AND. The full WHERE still filters the candidates, so a probe only
/// narrows the scan, never changes the answer.
/// </summary>
internal sealed record IndexProbe(FieldDescribe Field, IReadOnlyCollection<string> Keys)
{
    public static IndexProbe? Find(SoqlCondition? condition, Func<FieldPath, FieldAccessor> resolve) => condition switch
    {
        ComparisonCondition { Operator: "=" } c => From(resolve(c.Field), [c.Value]),
        InCondition { Negated: false } c => From(resolve(c.Field), c.Values),
        LogicalCondition { IsAnd: true } and => and.Operands.Select(o => Find(o, resolve)).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static IndexProbe? From(FieldAccessor accessor, IReadOnlyList<SoqlLiteral> values)
    {
        var field = accessor.Field;
        if (accessor.ParentIndex >= 0 || (field.Type != FieldType.Id && !SObjectTable.IsIndexed(field)) || values.Any(v => v.Kind != LiteralKind.String))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (field.Type is FieldType.Id or FieldType.Reference)
            {
                if (!RecordId.TryNormalize(value.Text, out var id18))
                {
                    return null;
                }

                keys.Add(id18);
            }
            else
            {
                keys.Add(value.Text);
            }
        }

        return new IndexProbe(field, keys);
    }
}

namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>An ORDER BY key. Nulls sort first ascending and last descending unless NULLS FIRST/LAST says otherwise.</summary>
internal sealed record OrderItem(FieldPath Field, bool Descending, bool? NullsFirst)
{
    public bool EffectiveNullsFirst => NullsFirst ?? !Descending;
}

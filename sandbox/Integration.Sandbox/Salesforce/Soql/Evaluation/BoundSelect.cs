namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A resolved SELECT entry: a field, or an aggregate with its output name (alias or exprN).</summary>
internal sealed record BoundSelect(FieldAccessor? Field, string? Function, string OutputName)
{
    public bool IsAggregate => Function is not null;
}

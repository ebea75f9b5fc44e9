namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>A parsed statement of the supported subset.</summary>
internal sealed record SoqlQuery(
    string Text,
    IReadOnlyList<SelectItem> Select,
    string From,
    int FromPosition,
    SoqlCondition? Where,
    IReadOnlyList<FieldPath> GroupBy,
    IReadOnlyList<OrderItem> OrderBy,
    int? Limit,
    int? Offset,
    int OffsetPosition);

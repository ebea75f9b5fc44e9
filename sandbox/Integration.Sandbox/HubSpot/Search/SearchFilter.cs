namespace Integration.Sandbox.HubSpot.Search;

/// <summary>One filter of a filter group: <c>{"propertyName","operator","value"|"values"|"highValue"}</c>.</summary>
internal sealed record SearchFilter(string PropertyName, SearchOperator Operator, string? Value, string? HighValue, IReadOnlyList<string> Values);

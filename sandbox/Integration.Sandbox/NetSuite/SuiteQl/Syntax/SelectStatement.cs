namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary><c>SELECT items FROM table [alias] [WHERE condition] [ORDER BY keys]</c>; <see cref="Items"/> empty for <c>*</c>.</summary>
internal sealed record SelectStatement(IReadOnlyList<SelectItem> Items, string Table, string? TableAlias, SqlCondition? Where, IReadOnlyList<OrderItem> OrderBy);

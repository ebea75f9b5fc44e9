namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary>
/// One SELECT item. <see cref="Function"/> is null for a plain column, <c>COUNT</c>/<c>SUM</c>/<c>MIN</c>/<c>MAX</c>
/// for an aggregate (<see cref="Column"/> null for <c>COUNT(*)</c>), or <c>TO_CHAR</c> with its <see cref="Format"/>.
/// </summary>
internal sealed record SelectItem(string? Function, ColumnOperand? Column, string? Format, string? Alias)
{
    public bool IsAggregate => Function is "COUNT" or "SUM" or "MIN" or "MAX";
}

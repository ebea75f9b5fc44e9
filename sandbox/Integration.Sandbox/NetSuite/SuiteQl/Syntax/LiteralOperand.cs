namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary>
/// A literal: a <see cref="string"/>, a <see cref="decimal"/>, null, or a point in time
/// (<see cref="DateTimeOffset"/>, from <c>TO_DATE</c> / <c>TO_TIMESTAMP</c> read in the account's time zone).
/// </summary>
internal sealed record LiteralOperand(object? Value) : SqlOperand;

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>One token and where it starts (0-based) in the query text.</summary>
internal sealed record SqlToken(SqlTokenKind Kind, string Text, int Position)
{
    public bool IsKeyword(string keyword) => Kind == SqlTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SqlTokenKind.Symbol && Text == symbol;

    public override string ToString() => Kind == SqlTokenKind.End ? "end of query" : $"'{Text}' at position {Position + 1}";
}

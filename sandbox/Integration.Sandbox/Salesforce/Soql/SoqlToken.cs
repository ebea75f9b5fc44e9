namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>A token with its 0-based position in the statement (error messages report it 1-based).</summary>
internal sealed record SoqlToken(SoqlTokenKind Kind, string Text, int Position)
{
    /// <summary>The decoded value of a string literal; the raw text otherwise.</summary>
    public string Value { get; init; } = Text;

    public bool Is(string keyword) => Kind == SoqlTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}

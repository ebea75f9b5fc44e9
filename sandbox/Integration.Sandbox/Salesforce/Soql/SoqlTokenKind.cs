namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>Lexical categories of the SOQL subset; keywords are identifiers compared case-insensitively.</summary>
internal enum SoqlTokenKind
{
    Identifier,
    String,
    Number,
    Date,
    DateTime,
    Comma,
    OpenParen,
    CloseParen,
    Operator,
    End,
}

namespace Integration.Sandbox.NetSuite.SuiteQl;

/// <summary>Lexical classes of the SuiteQL subset.</summary>
internal enum SqlTokenKind
{
    Identifier,
    String,
    Number,
    Symbol,
    End,
}

namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>A literal as written (<see cref="Text"/> decoded for strings) and where.</summary>
internal sealed record SoqlLiteral(LiteralKind Kind, string Text, int Position);

namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>Kinds of literal on the right of a filter.</summary>
internal enum LiteralKind
{
    String,
    Number,
    Boolean,
    Null,
    Date,
    DateTime,
    DateKeyword,
}

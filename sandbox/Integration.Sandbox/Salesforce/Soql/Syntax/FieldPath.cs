namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>A field as written: <c>Name</c> or a parent path <c>Account.Name</c>, with its position.</summary>
internal sealed record FieldPath(string Text, int Position)
{
    public string[] Parts => Text.Split('.');
}

namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>One entry of the SELECT list.</summary>
internal abstract record SelectItem(int Position);

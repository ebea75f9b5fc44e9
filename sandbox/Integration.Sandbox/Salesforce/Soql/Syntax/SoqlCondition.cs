namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>A WHERE expression node.</summary>
internal abstract record SoqlCondition;

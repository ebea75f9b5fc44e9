namespace Integration.Connectors.Salesforce.Schema;

/// <summary>One problem with a field a plan names, for the plan validator to report with the field's path.</summary>
/// <param name="ObjectName">The Salesforce object.</param>
/// <param name="Field">The field as the plan spelled it.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">A sentence naming object, field and rule.</param>
internal sealed record SalesforceFieldProblem(string ObjectName, string Field, SalesforceFieldProblemKind Kind, string Message);

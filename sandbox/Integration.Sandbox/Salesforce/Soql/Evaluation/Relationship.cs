using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A parent relationship used by a query (<c>Account</c> through <c>AccountId</c>).</summary>
internal sealed record Relationship(string Name, FieldDescribe LookupField, SObjectType ParentType);

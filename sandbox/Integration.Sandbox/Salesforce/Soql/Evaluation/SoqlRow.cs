using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A matched record with the parent records its relationship fields read, resolved at query time.</summary>
internal sealed record SoqlRow(StoredRecord Record, StoredRecord?[] Parents);

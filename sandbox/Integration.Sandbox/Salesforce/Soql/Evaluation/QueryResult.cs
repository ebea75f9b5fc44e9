using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>What a query produced: record rows (projected per page) or ready aggregate rows; COUNT() has neither.</summary>
internal sealed record QueryResult(int TotalSize, IReadOnlyList<SoqlRow>? Rows, IReadOnlyList<JsonObject>? AggregateRows);

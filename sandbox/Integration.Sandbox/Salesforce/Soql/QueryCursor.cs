using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>A server-side query result kept for <c>nextRecordsUrl</c> continuation; pages are projected on demand.</summary>
internal sealed record QueryCursor(string Locator, int TotalSize, int BatchSize, Func<int, int, JsonArray> Page, DateTimeOffset ExpiresAt);

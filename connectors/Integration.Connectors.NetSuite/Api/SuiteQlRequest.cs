using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>The SuiteQL request body <c>{"q": "..."}</c>.</summary>
internal sealed record SuiteQlRequest([property: JsonPropertyName("q")] string Q);

using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>One entry of the <c>limits</c> resource (<c>{"DailyApiRequests":{"Max","Remaining"},…}</c>).</summary>
internal sealed record SalesforceLimit(
    [property: JsonPropertyName("Max")] long Max,
    [property: JsonPropertyName("Remaining")] long Remaining);

using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>One record's result of an sObject or sObject Collections write (<c>created</c> only in upsert results; failed items omit <c>id</c>).</summary>
internal sealed record SalesforceSaveResult(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("errors")] IReadOnlyList<SalesforceRecordError>? Errors,
    [property: JsonPropertyName("created")] bool? Created);

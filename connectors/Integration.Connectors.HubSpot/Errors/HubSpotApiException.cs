using System.Net;
using System.Text.Json;

namespace Integration.Connectors.HubSpot.Errors;

/// <summary>
/// A HubSpot API call that failed, keeping what HubSpot said: the HTTP status, the error
/// <see cref="Category"/> (<c>VALIDATION_ERROR</c>, <c>OBJECT_NOT_FOUND</c>, <c>CONFLICT</c>,
/// <c>RATE_LIMITS</c>), its message and correlation id. Never carries the access token.
/// </summary>
public sealed class HubSpotApiException : Exception
{
    /// <summary>Creates the exception from the parts HubSpot returned.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="category">HubSpot's error category, when given.</param>
    /// <param name="vendorMessage">HubSpot's message, when given.</param>
    /// <param name="correlationId">HubSpot's correlation id, for its support.</param>
    public HubSpotApiException(HttpStatusCode statusCode, string? category, string? vendorMessage, string? correlationId)
        : base($"HubSpot answered {(int)statusCode} {category ?? "(no category)"}: {vendorMessage ?? "(no message)"} (correlationId {correlationId ?? "none"})")
    {
        StatusCode = statusCode;
        Category = category;
        VendorMessage = vendorMessage;
        CorrelationId = correlationId;
    }

    /// <summary>The HTTP status HubSpot answered.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>HubSpot's error category (<c>VALIDATION_ERROR</c>, <c>OBJECT_NOT_FOUND</c>, ...), when given.</summary>
    public string? Category { get; }

    /// <summary>HubSpot's own message.</summary>
    public string? VendorMessage { get; }

    /// <summary>HubSpot's correlation id.</summary>
    public string? CorrelationId { get; }

    /// <summary>Whether the same call can succeed later (throttling, locks, server errors).</summary>
    public bool IsRetryable => HubSpotRetryability.IsRetryable((int)StatusCode, Category);

    internal static async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync();
        HubSpotError? error = null;
        try
        {
            error = body.Length > 0 ? JsonSerializer.Deserialize<HubSpotError>(body) : null;
        }
        catch (JsonException)
        {
            // Not HubSpot's JSON (a proxy's HTML page): keep the start of the text as the message.
        }

        var message = error?.Message ?? (body.Length > 300 ? body[..300] : body);
        return new HubSpotApiException(response.StatusCode, error?.Category ?? error?.ErrorType, message.Length == 0 ? null : message, error?.CorrelationId);
    }
}

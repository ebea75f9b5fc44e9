using System.Net;

namespace Integration.Connectors.Salesforce;

/// <summary>
/// A request Salesforce refused, carrying the vendor's error code and message as it sent them
/// (<c>UNABLE_TO_LOCK_ROW</c>, <c>REQUEST_LIMIT_EXCEEDED</c>, <c>INVALID_FIELD</c>, <c>invalid_grant</c>…).
/// Never carries credentials or tokens.
/// </summary>
public sealed class SalesforceApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorCode">The vendor's error code (<c>errorCode</c>, or <c>error</c> from the token endpoint).</param>
    /// <param name="vendorMessage">The vendor's message.</param>
    /// <param name="fields">The fields the vendor blames.</param>
    /// <param name="isRetryable">Whether the same request may succeed later.</param>
    public SalesforceApiException(HttpStatusCode statusCode, string errorCode, string vendorMessage, IReadOnlyList<string> fields, bool isRetryable)
        : base($"Salesforce answered {(int)statusCode} {errorCode}: {vendorMessage}")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        VendorMessage = vendorMessage;
        Fields = fields;
        IsRetryable = isRetryable;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The vendor's error code.</summary>
    public string ErrorCode { get; }

    /// <summary>The vendor's message.</summary>
    public string VendorMessage { get; }

    /// <summary>The fields the vendor blames; empty when it names none.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Whether retrying the same request can succeed (decided by the connector's single retry classification).</summary>
    public bool IsRetryable { get; }
}

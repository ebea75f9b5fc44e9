using System.Net;

namespace Integration.Connectors.NetSuite.Errors;

/// <summary>
/// A non-success answer of NetSuite's REST web services, keeping the vendor's error shape
/// (<c>status</c>, <c>type</c>, <c>title</c> and the first <c>o:errorDetails</c> entry).
/// Retryability is decided here and nowhere else.
/// </summary>
public sealed class NetSuiteApiException : Exception
{
    /// <summary>The error code NetSuite answers when the account's concurrency limit is exceeded.</summary>
    public const string ConcurrencyLimitExceeded = "CONCURRENCY_LIMIT_EXCEEDED";

    /// <summary>Creates the exception from the parts of NetSuite's error body.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="type">The body's <c>type</c> URL, when present.</param>
    /// <param name="title">The body's <c>title</c>, when present.</param>
    /// <param name="errorCode">The first <c>o:errorDetails[].o:errorCode</c>, when present.</param>
    /// <param name="detail">The first <c>o:errorDetails[].detail</c>, when present.</param>
    /// <param name="errorPath">The first <c>o:errorDetails[].o:errorPath</c> (the field blamed), when present.</param>
    public NetSuiteApiException(HttpStatusCode status, string? type, string? title, string? errorCode, string? detail, string? errorPath)
        : base(Describe(status, title, errorCode, detail))
    {
        Status = status;
        Type = type;
        Title = title;
        ErrorCode = errorCode;
        Detail = detail;
        ErrorPath = errorPath;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The error body's <c>type</c> URL (differs by status and era; informative only).</summary>
    public string? Type { get; }

    /// <summary>The error body's <c>title</c>.</summary>
    public string? Title { get; }

    /// <summary>The vendor's error code (<c>o:errorCode</c>): <c>INVALID_LOGIN</c>, <c>USER_ERROR</c>, <c>CONCURRENCY_LIMIT_EXCEEDED</c>…</summary>
    public string? ErrorCode { get; }

    /// <summary>The vendor's message (<c>detail</c>).</summary>
    public string? Detail { get; }

    /// <summary>The field NetSuite blames (<c>o:errorPath</c>), when it says.</summary>
    public string? ErrorPath { get; }

    /// <summary>
    /// Whether the account's concurrency limit rejected the request. Keyed on the error code, not the
    /// status: REST answers 429, but some clients and proxies report it as 400.
    /// </summary>
    public bool IsConcurrencyLimit => string.Equals(ErrorCode, ConcurrencyLimitExceeded, StringComparison.Ordinal);

    /// <summary>Whether the same request may succeed later: concurrency limit, request timeout, or a server error (5xx).</summary>
    public bool IsTransient => IsConcurrencyLimit || Status == HttpStatusCode.RequestTimeout || (int)Status >= 500;

    private static string Describe(HttpStatusCode status, string? title, string? errorCode, string? detail) =>
        $"NetSuite answered {(int)status} {title ?? status.ToString()}: {errorCode ?? "(no error code)"}: {detail ?? "(no detail)"}";
}

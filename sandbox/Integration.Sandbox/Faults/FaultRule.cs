namespace Integration.Sandbox.Faults;

/// <summary>
/// One injected fault: with probability <see cref="Rate"/> a matching request waits
/// <see cref="LatencyMs"/> and, when <see cref="Status"/> is set, fails with that status and vendor error code.
/// </summary>
public sealed record FaultRule
{
    /// <summary>Probability 0..1 that the rule fires for a matching request.</summary>
    public double Rate { get; init; }

    /// <summary>HTTP status of the injected failure; null for a latency-only rule.</summary>
    public int? Status { get; init; }

    /// <summary>Vendor error code (for example <c>UNABLE_TO_LOCK_ROW</c>); a default per status when null.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Vendor error message; a default per code when null.</summary>
    public string? Message { get; init; }

    /// <summary>Added latency in milliseconds before the request proceeds or fails.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Only requests whose path contains this text; all requests when null.</summary>
    public string? PathContains { get; init; }

    /// <summary>Request (default) or per record of a multi-record call; record rules ignore <see cref="Status"/> and latency.</summary>
    public FaultScope Scope { get; init; } = FaultScope.Request;

    /// <summary>Only requests with this HTTP method; all methods when null.</summary>
    public string? Method { get; init; }
}

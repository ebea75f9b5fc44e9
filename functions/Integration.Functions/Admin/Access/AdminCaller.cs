namespace Integration.Functions.Admin.Access;

/// <summary>The outcome of authenticating one management request.</summary>
/// <param name="Identity">Who called, safe to log (<c>api-key#0</c>, or the token's object or app id); null when refused.</param>
/// <param name="Refusal">Why the request was refused (the ProblemDetails <c>detail</c>); null when accepted.</param>
public sealed record AdminCaller(string? Identity, string? Refusal)
{
    /// <summary>True when the caller was authenticated.</summary>
    public bool IsAuthenticated => Identity is not null;

    internal static AdminCaller Accepted(string identity) => new(identity, null);

    internal static AdminCaller Refused(string refusal) => new(null, refusal);
}

namespace Integration.Sandbox.Salesforce.Auth;

/// <summary>
/// Token-endpoint failures: HTTP 400 with <c>{"error","error_description"}</c>. Texts as Salesforce returns them
/// (observed in client code; the vendor does not document them exhaustively).
/// </summary>
internal sealed record OAuthError(string Error, string Description)
{
    public static OAuthError UnknownClient { get; } = new("invalid_client_id", "client identifier invalid");
    public static OAuthError WrongSecret { get; } = new("invalid_client", "invalid client credentials");
    public static OAuthError UnsupportedGrant { get; } = new("unsupported_grant_type", "grant type not supported");
    public static OAuthError InvalidAssertion { get; } = new("invalid_grant", "invalid assertion");
    public static OAuthError InvalidAudience { get; } = new("invalid_grant", "audience is invalid");
    public static OAuthError ExpiredAssertion { get; } = new("invalid_grant", "expired authorization code");

    public IResult ToResult() => Results.Json(new Dictionary<string, string>
    {
        ["error"] = Error,
        ["error_description"] = Description,
    }, statusCode: StatusCodes.Status400BadRequest);
}

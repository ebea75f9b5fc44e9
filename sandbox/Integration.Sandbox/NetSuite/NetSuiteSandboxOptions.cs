namespace Integration.Sandbox.NetSuite;

/// <summary>The NetSuite emulator: TBA clock window and the accounts present at start.</summary>
public sealed record NetSuiteSandboxOptions
{
    /// <summary>
    /// How far an <c>oauth_timestamp</c> may be from the sandbox clock, either way; default 5 minutes, the window
    /// Oracle documents for TBA. Outside it the request gets 401 INVALID_LOGIN.
    /// </summary>
    public TimeSpan TimestampWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Accounts created at start; default one account <c>1234567_SB1</c> with fixed sandbox credentials.</summary>
    public IReadOnlyList<NetSuiteAccountOptions> Accounts { get; init; } =
    [
        new()
        {
            AccountId = "1234567_SB1",
            ConsumerKey = "sandbox-ns-consumer-key",
            ConsumerSecret = "sandbox-ns-consumer-secret",
            TokenId = "sandbox-ns-token-id",
            TokenSecret = "sandbox-ns-token-secret",
        },
    ];
}

namespace Integration.Sandbox.Salesforce;

/// <summary>The Salesforce emulator: API version, token lifetime and the orgs present at start.</summary>
public sealed record SalesforceSandboxOptions
{
    /// <summary>The API version reported by <c>/services/data/</c> and used in URLs the sandbox builds; default 68.0 (Winter '27).</summary>
    public string ApiVersion { get; init; } = "68.0";

    /// <summary>Access-token lifetime; default 2 hours. After it, API calls get 401 INVALID_SESSION_ID.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Change Data Capture over CometD (<c>/cometd/NN.N</c>): timeouts, retention, limits.</summary>
    public Streaming.StreamingOptions Streaming { get; init; } = new();

    /// <summary>Orgs created at start; default one org named <c>default</c>.</summary>
    public IReadOnlyList<SalesforceOrgOptions> Orgs { get; init; } =
    [
        new() { Name = "default", ClientId = "sandbox-sf-client", ClientSecret = "sandbox-sf-secret" },
    ];
}

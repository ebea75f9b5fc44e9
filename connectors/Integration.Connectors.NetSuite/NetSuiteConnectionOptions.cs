using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.NetSuite;

/// <summary>
/// One NetSuite connection (<c>NetSuite:Connections:&lt;name&gt;</c>): account, token-based-authentication
/// keys, concurrency governance, SuiteQL polling and webhook settings. Secrets never reach logs or messages.
/// </summary>
public sealed class NetSuiteConnectionOptions
{
    /// <summary>The account id (<c>1234567</c>, <c>1234567_SB1</c> for a sandbox). Required. The realm is its upper-case form.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]+$", ErrorMessage = "must be letters, digits, '_' or '-' (e.g. 1234567 or 1234567_SB1)")]
    public string AccountId { get; set; } = "";

    /// <summary>
    /// The REST host. Default: <c>https://&lt;account&gt;.suitetalk.api.netsuite.com</c> with the account id
    /// in lower case and <c>_</c> as <c>-</c> (NetSuite's account-specific domain).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The integration record's consumer key. Required.</summary>
    [Required]
    public string ConsumerKey { get; set; } = "";

    /// <summary>The integration record's consumer secret. Required; secret.</summary>
    [Required]
    public string ConsumerSecret { get; set; } = "";

    /// <summary>The access token's id. Required.</summary>
    [Required]
    public string TokenId { get; set; } = "";

    /// <summary>The access token's secret. Required; secret.</summary>
    [Required]
    public string TokenSecret { get; set; } = "";

    /// <summary>
    /// The account's concurrency limit (requests in flight at once, shared by every integration of the
    /// account): 5 Standard and developer accounts, 15 Premium, 20 Enterprise/Ultimate, +10 per SuiteCloud Plus
    /// licence. Default 5; 1 to 1000.
    /// </summary>
    [Range(1, 1000)]
    public int ConcurrencyLimit { get; set; } = 5;

    /// <summary>How often a request refused with CONCURRENCY_LIMIT_EXCEEDED, or failed with a 5xx or timeout, is retried. Default 5; 0 to 20.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's back-off; each further retry doubles it (with jitter, capped at 30 s). Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take before it is abandoned (and retried when safe). Default 2 minutes.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The time zone of the token user's preferences (an IANA or Windows id), in which SuiteQL returns and
    /// reads datetimes. Default <c>UTC</c>; pinning the integration user to GMT is recommended.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How far back each SuiteQL poll re-reads before the last stamp seen, for late commits. Default 2 minutes; at least 1 s (the stamp's granularity).</summary>
    public TimeSpan PollOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a second must be over before a poll reads its changes (so a record changed twice in one second is read once, after both). Default 5 s.</summary>
    public TimeSpan PollSettleDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most (id, lastmodifieddate) pairs the poll cursor remembers for de-duplication. Default 2000; 100 to 20000.</summary>
    [Range(100, 20000)]
    public int PollMaxRememberedKeys { get; set; } = 2000;

    /// <summary>The shared HMAC secret the User Event script signs webhooks with. Unset: every webhook is rejected. Secret.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How old a webhook's timestamp may be before it is rejected as stale (either direction). Default 5 minutes.</summary>
    public TimeSpan WebhookMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest webhook body accepted, in bytes. Default 65536; 1024 to 1048576.</summary>
    [Range(1024, 1024 * 1024)]
    public int WebhookMaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The REST host this connection talks to: <see cref="BaseUrl"/> or the account-specific default.</summary>
    internal Uri EffectiveBaseUrl =>
        BaseUrl ?? new Uri($"https://{AccountId.Trim().ToLowerInvariant().Replace('_', '-')}.suitetalk.api.netsuite.com");
}

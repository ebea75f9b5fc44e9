namespace Integration.Sandbox.NetSuite;

/// <summary>One emulated NetSuite account (tenant), chosen by its TBA realm, consumer key and token id.</summary>
public sealed record NetSuiteAccountOptions
{
    /// <summary>Account id as written in the OAuth realm, upper case, e.g. <c>1234567_SB1</c>.</summary>
    public required string AccountId { get; init; }

    /// <summary>Integration record consumer key.</summary>
    public required string ConsumerKey { get; init; }

    /// <summary>Integration record consumer secret (first half of the HMAC key).</summary>
    public required string ConsumerSecret { get; init; }

    /// <summary>Access token id (<c>oauth_token</c>).</summary>
    public required string TokenId { get; init; }

    /// <summary>Access token secret (second half of the HMAC key).</summary>
    public required string TokenSecret { get; init; }

    /// <summary>Concurrent in-flight REST requests allowed; default 5 (Standard tier, developer accounts).</summary>
    public int ConcurrencyLimit { get; init; } = 5;

    /// <summary>
    /// IANA time zone of the token user's preferences; SuiteQL date literals are read and raw date columns are
    /// written in it. Default <c>America/Los_Angeles</c>, NetSuite's usual company default.
    /// </summary>
    public string TimeZone { get; init; } = "America/Los_Angeles";

    /// <summary>Where the emulated User Event script posts record changes; no webhooks when null.</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>Shared secret of the webhook HMAC-SHA256 signature; required with <see cref="WebhookUrl"/>.</summary>
    public string? WebhookSecret { get; init; }
}

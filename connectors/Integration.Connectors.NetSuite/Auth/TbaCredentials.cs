namespace Integration.Connectors.NetSuite.Auth;

/// <summary>One integration's token-based-authentication keys. A class, not a record, so that no generated <c>ToString</c> prints a secret.</summary>
internal sealed class TbaCredentials(string realm, string consumerKey, string consumerSecret, string tokenId, string tokenSecret)
{
    /// <summary>The account id as the realm wants it: upper case, <c>_SB1</c> for sandboxes.</summary>
    public string Realm { get; } = realm;

    public string ConsumerKey { get; } = consumerKey;

    public string ConsumerSecret { get; } = consumerSecret;

    public string TokenId { get; } = tokenId;

    public string TokenSecret { get; } = tokenSecret;

    /// <summary>The realm for an account id: upper case, hyphens as underscores (<c>1234567-sb1</c> → <c>1234567_SB1</c>).</summary>
    public static string RealmFor(string accountId) => accountId.Trim().Replace('-', '_').ToUpperInvariant();

    public override string ToString() => $"TBA credentials for {Realm} (consumer key and token redacted)";
}

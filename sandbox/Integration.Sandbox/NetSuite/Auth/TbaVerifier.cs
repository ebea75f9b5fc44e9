using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Auth;

/// <summary>
/// Token-based authentication: finds the account by consumer key and token id, and accepts the request only
/// when the realm is its account id, the method is HMAC-SHA256, the nonce is 6-64 alphanumerics, the timestamp
/// is within the window, the signature matches exactly, and the nonce and timestamp pair is new. Every failure
/// is the same 401 INVALID_LOGIN; <see cref="TbaVerdict.Reason"/> plays the Login Audit Trail's "Detail".
/// </summary>
internal sealed class TbaVerifier(NetSuiteAccountRegistry accounts, NetSuiteSandboxOptions options, TimeProvider time)
{
    private readonly NonceLedger _nonces = new();

    public TbaVerdict Verify(HttpRequest request)
    {
        if (OAuthHeader.Parse(request.Headers.Authorization.ToString()) is not { } header)
        {
            return TbaVerdict.Reject("MissingOrMalformedHeader");
        }

        string Get(string name) => header.GetValueOrDefault(name) ?? string.Empty;
        if (accounts.ByToken(Get("oauth_consumer_key"), Get("oauth_token")) is not { } account)
        {
            return TbaVerdict.Reject("InvalidToken");
        }

        if (!string.Equals(Get("realm"), account.AccountId, StringComparison.Ordinal))
        {
            return TbaVerdict.Reject("InvalidSignature");
        }

        if (Get("oauth_signature_method") != "HMAC-SHA256" || (header.ContainsKey("oauth_version") && Get("oauth_version") != "1.0"))
        {
            return TbaVerdict.Reject("UnsupportedSignatureMethod");
        }

        var nonce = Get("oauth_nonce");
        if (nonce.Length is < 6 or > 64 || !nonce.All(char.IsAsciiLetterOrDigit))
        {
            return TbaVerdict.Reject("NonceRejected");
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var window = (long)options.TimestampWindow.TotalSeconds;
        if (!long.TryParse(Get("oauth_timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || Math.Abs(now - timestamp) > window)
        {
            return TbaVerdict.Reject("InvalidTimestamp");
        }

        var signed = header.Where(p => p.Key.StartsWith("oauth_", StringComparison.Ordinal) && p.Key != "oauth_signature")
            .Concat(TbaSignature.QueryParameters(request.QueryString.Value ?? string.Empty));
        var baseString = TbaSignature.BaseString(request.Method, TbaSignature.BaseUri(request), signed);
        var expected = TbaSignature.Sign(baseString, account.Options.ConsumerSecret, account.Options.TokenSecret);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Get("oauth_signature"))))
        {
            return TbaVerdict.Reject("InvalidSignature");
        }

        return _nonces.TryRecord(account.Options.TokenId, nonce, timestamp, now, window)
            ? TbaVerdict.Accept(account)
            : TbaVerdict.Reject("NonceUsed");
    }
}

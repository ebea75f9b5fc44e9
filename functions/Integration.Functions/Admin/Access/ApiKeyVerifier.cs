using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin.Access;

/// <summary>
/// Checks an <c>X-Api-Key</c> value against <see cref="AdminOptions.ApiKeys"/>: SHA-256 digests compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, every configured key compared each time, so that neither
/// the key's content nor which key matched shows in the timing.
/// </summary>
internal sealed class ApiKeyVerifier
{
    private readonly byte[][] _digests;

    public ApiKeyVerifier(IOptions<AdminOptions> options)
    {
        _digests = options.Value.ApiKeys
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => ApiKeyVerifierRules.IsHashForm(k) && ApiKeyVerifierRules.TryParseHash(k, out var d) ? d : ApiKeyVerifierRules.Digest(k))
            .ToArray();
    }

    public bool IsConfigured => _digests.Length > 0;

    /// <summary>The position of the matching key (for logs: never the key), or null.</summary>
    public int? Match(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || _digests.Length == 0)
        {
            return null;
        }

        var digest = ApiKeyVerifierRules.Digest(presented);
        int? matched = null;
        for (var i = 0; i < _digests.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(_digests[i], digest))
            {
                matched ??= i;
            }
        }

        return matched;
    }
}

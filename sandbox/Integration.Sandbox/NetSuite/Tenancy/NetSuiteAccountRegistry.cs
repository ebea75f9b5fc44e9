using System.Collections.Concurrent;
using Integration.Sandbox.NetSuite.Webhooks;

namespace Integration.Sandbox.NetSuite.Tenancy;

/// <summary>The accounts of the emulator, by account id and by (consumer key, token id).</summary>
internal sealed class NetSuiteAccountRegistry
{
    private readonly ConcurrentDictionary<string, NetSuiteAccount> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string, string), NetSuiteAccount> _byToken = new();
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly WebhookDispatcher _webhooks;

    public NetSuiteAccountRegistry(NetSuiteSandboxOptions options, TimeProvider time, WebhookDispatcher webhooks)
    {
        _time = time;
        _webhooks = webhooks;
        foreach (var account in options.Accounts)
        {
            if (!TryAdd(account, out var error))
            {
                throw new InvalidOperationException($"NetSuite sandbox account '{account.AccountId}': {error}");
            }
        }
    }

    public IEnumerable<NetSuiteAccount> All => _byId.Values.OrderBy(a => a.AccountId, StringComparer.Ordinal);

    public NetSuiteAccount? ById(string accountId) => _byId.GetValueOrDefault(accountId);

    public NetSuiteAccount? ByToken(string consumerKey, string tokenId) => _byToken.GetValueOrDefault((consumerKey, tokenId));

    public bool TryAdd(NetSuiteAccountOptions options, out string? error)
    {
        lock (_gate)
        {
            error = Validate(options, out var timeZone);
            if (error is not null)
            {
                return false;
            }

            var account = new NetSuiteAccount(options, timeZone!, _time, _webhooks.Enqueue);
            _byId[options.AccountId] = account;
            _byToken[(options.ConsumerKey, options.TokenId)] = account;
            return true;
        }
    }

    private string? Validate(NetSuiteAccountOptions options, out TimeZoneInfo? timeZone)
    {
        timeZone = null;
        if (string.IsNullOrWhiteSpace(options.AccountId) || string.IsNullOrEmpty(options.ConsumerKey) || string.IsNullOrEmpty(options.TokenId)
            || string.IsNullOrEmpty(options.ConsumerSecret) || string.IsNullOrEmpty(options.TokenSecret))
        {
            return "accountId, consumerKey, consumerSecret, tokenId and tokenSecret are required";
        }

        if (_byId.ContainsKey(options.AccountId))
        {
            return $"an account '{options.AccountId}' exists";
        }

        if (_byToken.ContainsKey((options.ConsumerKey, options.TokenId)))
        {
            return "this consumer key and token id belong to another account";
        }

        if (options.ConcurrencyLimit < 1)
        {
            return $"concurrencyLimit is {options.ConcurrencyLimit}; it must be 1 or more";
        }

        if (options.WebhookUrl is not null && (WebhookTarget.Problem(options.WebhookUrl, options.WebhookSecret) is { } problem))
        {
            return problem;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out timeZone))
        {
            return $"timeZone '{options.TimeZone}' is not a known time zone id";
        }

        return null;
    }
}

using System.Security.Cryptography;
using System.Text;
using Integration.Functions.LocalHost.Catalog;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Keys;

/// <summary>
/// Checks a presented key against an HTTP function's authorization level as the Functions host does:
/// Anonymous is open; Function accepts that function's key, the host default key or the master key;
/// Admin (and System) accept the master key only. Keys are compared as SHA-256 hashes in constant time.
/// </summary>
public sealed partial class FunctionKeys
{
    private readonly byte[]? _master;
    private readonly byte[]? _default;
    private readonly Dictionary<string, byte[]> _functions;

    /// <summary>Reads the configured keys; generates random host keys when protected functions exist and none are set.</summary>
    public FunctionKeys(IOptions<FunctionKeysOptions> options, FunctionCatalog catalog, ILogger<FunctionKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        var keys = options.Value;
        var anyConfigured = !string.IsNullOrEmpty(keys.Master) || !string.IsNullOrEmpty(keys.Default) || keys.Functions.Count > 0;
        var protectedFunctions = catalog.WithTrigger<HttpFunctionTrigger>().Count(f => f.Trigger.AuthLevel != AuthorizationLevel.Anonymous);
        if (!anyConfigured && protectedFunctions > 0)
        {
            // Like a fresh Functions host, which creates its keys on first start. The keys stay unknown
            // on purpose: secrets never reach logs. Configure your own to call these functions.
            keys = new FunctionKeysOptions { Master = NewKey(), Default = NewKey() };
            LogGenerated(logger, protectedFunctions, FunctionKeysOptions.SectionName);
        }

        _master = Hash(keys.Master);
        _default = Hash(keys.Default);
        _functions = keys.Functions
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .ToDictionary(p => p.Key, p => Hash(p.Value)!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="presentedKey"/> may call <paramref name="function"/> at its level.</summary>
    public bool IsAuthorized(string function, AuthorizationLevel level, string? presentedKey)
    {
        if (level == AuthorizationLevel.Anonymous)
        {
            return true;
        }

        var presented = Hash(presentedKey);
        if (presented is null)
        {
            return false;
        }

        var isMaster = Matches(_master, presented);
        if (level != AuthorizationLevel.Function)
        {
            return isMaster;
        }

        var isFunctionKey = _functions.TryGetValue(function, out var own) && Matches(own, presented);
        return isMaster | Matches(_default, presented) | isFunctionKey;
    }

    private static bool Matches(byte[]? expected, byte[] presented) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(expected, presented);

    private static byte[]? Hash(string? key) =>
        string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(40)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Warning, Message = "No function keys are configured but {Count} HTTP function(s) need one: random keys were generated for this run and are not shown. Set {Section}:Master and {Section}:Default (user secrets or environment variables) to call them.")]
    private static partial void LogGenerated(ILogger logger, int count, string section);
}

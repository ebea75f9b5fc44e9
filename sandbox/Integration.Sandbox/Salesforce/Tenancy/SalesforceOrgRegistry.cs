using System.Collections.Concurrent;

namespace Integration.Sandbox.Salesforce.Tenancy;

/// <summary>The orgs of the emulator, by name and by client id.</summary>
internal sealed class SalesforceOrgRegistry
{
    private const string TagAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private readonly ConcurrentDictionary<string, SalesforceOrg> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SalesforceOrg> _byClientId = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Streaming.StreamingOptions _streaming;
    private int _created;

    public SalesforceOrgRegistry(SalesforceSandboxOptions options, TimeProvider time)
    {
        _time = time;
        _streaming = options.Streaming;
        foreach (var org in options.Orgs)
        {
            if (!TryAdd(org, out var error))
            {
                throw new InvalidOperationException($"Salesforce sandbox org '{org.Name}': {error}");
            }
        }
    }

    public IEnumerable<SalesforceOrg> All => _byName.Values.OrderBy(o => o.Name, StringComparer.Ordinal);

    public SalesforceOrg? ByName(string name) => _byName.GetValueOrDefault(name);

    public SalesforceOrg? ByClientId(string clientId) => _byClientId.GetValueOrDefault(clientId);

    public bool TryAdd(SalesforceOrgOptions options, out string? error)
    {
        lock (_gate)
        {
            error = _byName.ContainsKey(options.Name) ? $"an org named '{options.Name}' exists"
                : _byClientId.ContainsKey(options.ClientId) ? $"client id '{options.ClientId}' is used by another org"
                : null;
            if (error is not null)
            {
                return false;
            }

            // Two letters distinguish the orgs' ids, as the pod/instance characters of real ids do.
            var n = _created++;
            var tag = string.Concat(TagAlphabet[(n / TagAlphabet.Length) % TagAlphabet.Length], TagAlphabet[n % TagAlphabet.Length]);
            var org = new SalesforceOrg(options, tag, _time, _streaming);
            _byName[options.Name] = org;
            _byClientId[options.ClientId] = org;
            return true;
        }
    }
}

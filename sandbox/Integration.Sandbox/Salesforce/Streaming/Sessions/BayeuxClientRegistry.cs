using System.Collections.Concurrent;
using System.Security.Cryptography;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Streaming.Sessions;

/// <summary>Every org's CometD clients by client id; expired clients are forgotten when found and at each handshake.</summary>
internal sealed class BayeuxClientRegistry(SalesforceSandboxOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, BayeuxClient> _clients = new(StringComparer.Ordinal);

    public BayeuxClient Handshake(SalesforceOrg org, string? browserId)
    {
        foreach (var (id, client) in _clients)
        {
            if (client.IsExpired(time.GetUtcNow(), options.Streaming.ReconnectTimeout))
            {
                _clients.TryRemove(id, out _);
            }
        }

        var created = new BayeuxClient(NewId(), org, browserId ?? NewId(), time.GetUtcNow());
        _clients[created.ClientId] = created;
        return created;
    }

    /// <summary>The live client with this id in this org, or null (unknown, expired, dropped, or another org's).</summary>
    public BayeuxClient? Find(string? clientId, SalesforceOrg org)
    {
        if (clientId is null || !_clients.TryGetValue(clientId, out var client) || client.Org != org)
        {
            return null;
        }

        if (client.IsExpired(time.GetUtcNow(), options.Streaming.ReconnectTimeout))
        {
            _clients.TryRemove(clientId, out _);
            return null;
        }

        return client;
    }

    /// <summary>The org's live clients, for the control API.</summary>
    public IEnumerable<BayeuxClient> Of(SalesforceOrg org) =>
        _clients.Values.Where(c => c.Org == org && !c.IsExpired(time.GetUtcNow(), options.Streaming.ReconnectTimeout));

    public void Remove(BayeuxClient client)
    {
        client.Drop();
        _clients.TryRemove(client.ClientId, out _);
    }

    /// <summary>A server-side session drop for every client of the org; returns how many.</summary>
    public int DropAll(SalesforceOrg org)
    {
        var dropped = 0;
        foreach (var client in _clients.Values.Where(c => c.Org == org).ToArray())
        {
            Remove(client);
            dropped++;
        }

        return dropped;
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(14));
}

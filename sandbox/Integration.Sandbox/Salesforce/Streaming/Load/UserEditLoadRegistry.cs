using System.Collections.Concurrent;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Streaming.Load;

/// <summary>The user-edit load of each org (at most one at a time; starting another stops the previous).</summary>
internal sealed class UserEditLoadRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<SalesforceOrg, UserEditLoad> _loads = new();

    public async Task<UserEditLoad> StartAsync(SalesforceOrg org, UserEditRequest request)
    {
        await StopAsync(org);
        var load = new UserEditLoad(org, request, time);
        _loads[org] = load;
        return load;
    }

    public UserEditLoad? Find(SalesforceOrg org) => _loads.GetValueOrDefault(org);

    public async Task<bool> StopAsync(SalesforceOrg org)
    {
        if (!_loads.TryRemove(org, out var load))
        {
            return false;
        }

        await load.DisposeAsync();
        return true;
    }
}

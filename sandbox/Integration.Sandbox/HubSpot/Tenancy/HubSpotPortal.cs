using System.Collections.Concurrent;
using Integration.Sandbox.Faults;
using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.RateLimits;
using Integration.Sandbox.HubSpot.Users;
using Integration.Sandbox.HubSpot.Webhooks;

namespace Integration.Sandbox.HubSpot.Tenancy;

/// <summary>One portal (tenant): its apps, records, limits, faults, webhooks and simulated users. Portals share nothing.</summary>
internal sealed class HubSpotPortal : IDisposable
{
    public HubSpotPortal(HubSpotPortalOptions options, long portalId, IHttpClientFactory clients, TimeProvider time, CancellationToken stopping)
    {
        Options = options;
        PortalId = portalId;
        Writer = new CrmWriter(Store, time);
        Limits = new PortalRateLimiter(options);
        Webhooks = new WebhookDispatcher(portalId, clients, time, stopping);
        Users = new UserActivity(this, time, stopping);
        Apps[options.Token] = new HubSpotApp(options.Token, options.AppId, options.ClientSecret);
    }

    public HubSpotPortalOptions Options { get; }

    public string Name => Options.Name;

    public long PortalId { get; }

    public ConcurrentDictionary<string, HubSpotApp> Apps { get; } = new(StringComparer.Ordinal);

    public PortalStore Store { get; } = new();

    public CrmWriter Writer { get; }

    public PortalRateLimiter Limits { get; }

    public FaultInjector Faults { get; } = new();

    public WebhookDispatcher Webhooks { get; }

    public UserActivity Users { get; }

    public HubSpotApp? App(long appId) => Apps.Values.FirstOrDefault(a => a.AppId == appId);

    /// <summary>Runs a write under the store lock, then publishes its changes to webhooks.</summary>
    public T Write<T>(Func<List<ChangeNotice>, T> write)
    {
        var changes = new List<ChangeNotice>();
        T result;
        lock (Store.Gate)
        {
            result = write(changes);
        }

        Webhooks.Publish(changes);
        return result;
    }

    public void Reset()
    {
        Users.Stop();
        Store.Reset();
        Limits.Reset();
        Faults.Clear();
        Webhooks.Faults.Clear();
        Webhooks.Stats.Clear();
    }

    public void Dispose()
    {
        Users.Stop();
        Webhooks.Dispose();
    }
}

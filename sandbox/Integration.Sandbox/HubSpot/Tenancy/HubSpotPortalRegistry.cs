using System.Collections.Concurrent;

namespace Integration.Sandbox.HubSpot.Tenancy;

/// <summary>The portals of the emulator, by name, and every app token to its portal.</summary>
internal sealed class HubSpotPortalRegistry : IDisposable
{
    private const long FirstPortalId = 90_000_001;
    private readonly ConcurrentDictionary<string, HubSpotPortal> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (HubSpotPortal Portal, HubSpotApp App)> _byToken = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly IHttpClientFactory _clients;
    private readonly TimeProvider _time;
    private long _nextPortalId = FirstPortalId;

    public HubSpotPortalRegistry(HubSpotSandboxOptions options, IHttpClientFactory clients, TimeProvider time)
    {
        _clients = clients;
        _time = time;
        foreach (var portal in options.Portals)
        {
            if (!TryAdd(portal, out var error))
            {
                throw new InvalidOperationException($"HubSpot sandbox portal '{portal.Name}': {error}");
            }
        }
    }

    public IEnumerable<HubSpotPortal> All => _byName.Values.OrderBy(p => p.PortalId);

    public HubSpotPortal? ByName(string name) => _byName.GetValueOrDefault(name);

    public (HubSpotPortal Portal, HubSpotApp App)? ByToken(string? token) =>
        token is not null && _byToken.TryGetValue(token, out var found) ? found : null;

    public bool TryAdd(HubSpotPortalOptions options, out string? error)
    {
        lock (_gate)
        {
            error = string.IsNullOrWhiteSpace(options.Name) || string.IsNullOrWhiteSpace(options.Token) ? "name and token are required"
                : options.TenSecondLimit < 1 || options.DailyLimit < 1 || options.SearchPerSecond < 1
                    ? $"limits must be positive (tenSecondLimit {options.TenSecondLimit}, dailyLimit {options.DailyLimit}, searchPerSecond {options.SearchPerSecond})"
                : _byName.ContainsKey(options.Name) ? $"a portal named '{options.Name}' exists"
                : _byToken.ContainsKey(options.Token) ? "the token is used by another app"
                : _byName.Values.Any(p => p.PortalId == options.PortalId) ? $"portal id {options.PortalId} is taken"
                : null;
            if (error is not null)
            {
                return false;
            }

            var portalId = options.PortalId > 0 ? options.PortalId : NextPortalId();
            var portal = new HubSpotPortal(options, portalId, _clients, _time, _stopping.Token);
            _byName[options.Name] = portal;
            _byToken[options.Token] = (portal, portal.Apps[options.Token]);
            return true;
        }
    }

    public bool TryAddApp(HubSpotPortal portal, HubSpotApp app, out string? error)
    {
        lock (_gate)
        {
            error = string.IsNullOrWhiteSpace(app.Token) ? "token is required"
                : _byToken.ContainsKey(app.Token) ? "the token is used by another app"
                : portal.App(app.AppId) is not null ? $"app {app.AppId} is installed already"
                : null;
            if (error is not null)
            {
                return false;
            }

            portal.Apps[app.Token] = app;
            _byToken[app.Token] = (portal, app);
            return true;
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        foreach (var portal in _byName.Values)
        {
            portal.Dispose();
        }

        _stopping.Dispose();
    }

    private long NextPortalId()
    {
        while (_byName.Values.Any(p => p.PortalId == _nextPortalId))
        {
            _nextPortalId++;
        }

        return _nextPortalId++;
    }
}

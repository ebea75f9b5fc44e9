using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.Tenancy;

namespace Integration.Sandbox.HubSpot.Auth;

/// <summary>The portal and app of an admitted API request, attached by <see cref="HubSpotRequestGate"/>.</summary>
internal sealed record HubSpotCall(HubSpotPortal Portal, HubSpotApp App)
{
    private static readonly object Key = new();

    public ChangeOrigin Origin => ChangeOrigin.Integration(App.AppId);

    public void Attach(HttpContext http) => http.Items[Key] = this;

    public static HubSpotCall From(HttpContext http) =>
        http.Items[Key] as HubSpotCall ?? throw new InvalidOperationException("HubSpot endpoint reached without the request gate.");
}

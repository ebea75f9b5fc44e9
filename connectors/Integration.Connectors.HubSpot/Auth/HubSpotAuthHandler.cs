using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.HubSpot.Auth;

/// <summary>Adds the connection's private-app token as <c>Authorization: Bearer</c>; the token never reaches a log.</summary>
internal sealed class HubSpotAuthHandler(IOptionsMonitor<HubSpotOptions> options, string connection) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = options.CurrentValue.Connections[connection].AccessToken;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}

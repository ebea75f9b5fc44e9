using System.Net;
using System.Net.Http.Headers;
using Integration.Connectors.Salesforce.Http;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Auth;

/// <summary>
/// Sends each call to the token's instance with <c>Authorization: Bearer</c>; on 401
/// <c>INVALID_SESSION_ID</c> refreshes the token once and replays the call.
/// </summary>
internal sealed class SalesforceAuthHandler(SalesforceTokenProvider tokens, ILogger<SalesforceAuthHandler> logger) : DelegatingHandler
{
    private const string InvalidSession = "INVALID_SESSION_ID";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        Apply(request, token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // ReadAsStringAsync buffers the body, so a response passed on below stays readable.
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!body.Contains(InvalidSession, StringComparison.Ordinal))
        {
            return response;
        }

        response.Dispose();
        SalesforceLog.SessionRefresh(logger, tokens.Connection, request.Method.Method, request.RequestUri?.AbsolutePath ?? "");
        token = await tokens.RefreshAsync(token, cancellationToken);
        Apply(request, token);
        return await base.SendAsync(request, cancellationToken);
    }

    private static void Apply(HttpRequestMessage request, SalesforceAccessToken token)
    {
        // The client's base address is a placeholder: the org's host is known only from instance_url.
        var pathAndQuery = request.RequestUri!.PathAndQuery;
        request.RequestUri = new Uri(token.InstanceUrl, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }
}

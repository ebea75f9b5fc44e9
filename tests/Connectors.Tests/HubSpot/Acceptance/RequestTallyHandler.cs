namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>Counts each request and its status into a <see cref="RequestTally"/>.</summary>
internal sealed class RequestTallyHandler(RequestTally tally) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        tally.Count(request, response.StatusCode);
        return response;
    }
}

namespace Integration.Connectors.Salesforce.Http;

/// <summary>
/// Sends <c>Sforce-Call-Options: client=…</c> (so our writes are recognisable in change events), records
/// <c>Sforce-Limit-Info</c>, and turns every refused response into a <see cref="SalesforceApiException"/>
/// that the resilience pipeline around it classifies.
/// </summary>
internal sealed class SalesforceProtocolHandler(SalesforceApiUsage? usage, string? callOptionsClient) : DelegatingHandler
{
    private const string CallOptionsHeader = "Sforce-Call-Options";
    private const string LimitInfoHeader = "Sforce-Limit-Info";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (callOptionsClient is not null && !request.Headers.Contains(CallOptionsHeader))
        {
            request.Headers.TryAddWithoutValidation(CallOptionsHeader, "client=" + callOptionsClient);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (usage is not null && response.Headers.TryGetValues(LimitInfoHeader, out var values))
        {
            usage.Record(string.Join(';', values));
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw SalesforceErrorReader.Read(response.StatusCode, body);
        }
    }
}

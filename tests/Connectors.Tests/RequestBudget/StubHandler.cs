namespace Integration.Connectors.Tests.RequestBudget;

/// <summary>Answers every request with the next response a test scripted, and records the requests.</summary>
internal sealed class StubHandler(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
{
    private int _next;

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var response = responses[Math.Min(_next++, responses.Length - 1)]();
        return Task.FromResult(response);
    }
}

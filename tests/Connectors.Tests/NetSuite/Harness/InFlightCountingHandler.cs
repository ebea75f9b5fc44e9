using System.Net;
using System.Text;

namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>
/// Stands in for the network: holds each request briefly (simulated latency) and records the most
/// requests ever in flight at once. Answers SuiteQL with an empty page and writes with 204 + Location.
/// </summary>
internal sealed class InFlightCountingHandler(TimeSpan latency) : HttpMessageHandler
{
    private int _inFlight;
    private int _maximum;
    private int _total;

    public int Maximum => Volatile.Read(ref _maximum);

    public int Total => Volatile.Read(ref _total);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _total);
        int seen;
        while (now > (seen = Volatile.Read(ref _maximum)) && Interlocked.CompareExchange(ref _maximum, now, seen) != seen)
        {
        }

        try
        {
            await Task.Delay(latency, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        if (request.RequestUri!.AbsolutePath.EndsWith("/suiteql", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"links":[],"count":1,"hasMore":false,"offset":0,"totalResults":1,"items":[{"row_count":1}]}""", Encoding.UTF8, "application/json"),
            };
        }

        var response = new HttpResponseMessage(HttpStatusCode.NoContent);
        response.Headers.Location = new Uri(request.RequestUri, "/services/rest/record/v1/customer/1");
        return response;
    }
}

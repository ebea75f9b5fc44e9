using System.Net;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>
/// Counts what went over the wire (every attempt, retries included): requests and 429 answers.
/// Fed by <see cref="RequestTallyHandler"/>, the innermost handler of the connector's client.
/// </summary>
internal sealed class RequestTally
{
    private int _requests;
    private int _throttled;
    private int _searches;

    public int Requests => Volatile.Read(ref _requests);

    public int Throttled => Volatile.Read(ref _throttled);

    public int Searches => Volatile.Read(ref _searches);

    public void Count(HttpRequestMessage request, HttpStatusCode status)
    {
        Interlocked.Increment(ref _requests);
        if (request.RequestUri?.AbsolutePath.EndsWith("/search", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _searches);
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            Interlocked.Increment(ref _throttled);
        }
    }
}

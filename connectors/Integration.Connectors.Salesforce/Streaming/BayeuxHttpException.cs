using System.Net;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>A Bayeux exchange the server refused at the HTTP level (401 invalid session, 400 missing cookie, 413, 5xx).</summary>
internal sealed class BayeuxHttpException(HttpStatusCode statusCode, string channel, string body)
    : Exception($"Salesforce Streaming API answered {(int)statusCode} to {channel}: {body}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Integration.Connectors.Salesforce.Auth;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// Posts Bayeux messages (always as a JSON array, as Salesforce requires from Winter '27) to
/// <c>{instance}/cometd/{version}</c> with <c>Authorization: Bearer</c>, and keeps the session's cookies
/// (<c>BAYEUX_BROWSER</c>, <c>sfdc-stream</c>…) in its own container: every request of a session must return
/// them, and two sessions must not share them.
/// </summary>
internal sealed class BayeuxTransport(HttpClient http, SalesforceTokenProvider tokens, string apiVersion, TimeProvider timeProvider)
{
    private const int MaxEchoedBodyLength = 500;

    private readonly CookieContainer _cookies = new();
    private SalesforceAccessToken? _token;

    /// <summary>Sends <paramref name="message"/> and returns the messages of the answer.</summary>
    /// <exception cref="BayeuxHttpException">The server answered with an HTTP error.</exception>
    /// <exception cref="TimeoutException">No answer within <paramref name="timeout"/>.</exception>
    public async Task<IReadOnlyList<BayeuxMessage>> SendAsync(BayeuxMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _token ??= await tokens.GetAsync(cancellationToken);
        var uri = new Uri(_token.InstanceUrl, $"/cometd/{apiVersion}");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(new[] { message }, options: BayeuxJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.AccessToken);
        var cookies = _cookies.GetCookieHeader(uri);
        if (cookies.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookies);
        }

        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(request, linked.Token);
            KeepCookies(uri, response);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new BayeuxHttpException(response.StatusCode, message.Channel, Shorten(body));
            }

            return Parse(body, message.Channel);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Salesforce Streaming API gave no answer to {message.Channel} within {timeout}.");
        }
    }

    /// <summary>Replaces the token the server refused (once, however many sessions saw it refused).</summary>
    public async Task RefreshTokenAsync(CancellationToken cancellationToken)
    {
        _token = _token is null ? await tokens.GetAsync(cancellationToken) : await tokens.RefreshAsync(_token, cancellationToken);
    }

    private void KeepCookies(Uri uri, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            try
            {
                _cookies.SetCookies(uri, value);
            }
            catch (CookieException)
            {
                // A cookie the container cannot hold (bad domain or syntax) is one the server cannot expect back.
            }
        }
    }

    private static List<BayeuxMessage> Parse(string body, string channel)
    {
        try
        {
            var trimmed = body.AsSpan().TrimStart();
            if (trimmed.Length > 0 && trimmed[0] == '{')
            {
                return [JsonSerializer.Deserialize<BayeuxMessage>(body, BayeuxJson.Options)!];
            }

            return JsonSerializer.Deserialize<List<BayeuxMessage>>(body, BayeuxJson.Options) ?? [];
        }
        catch (JsonException e)
        {
            throw new SalesforceStreamingException($"Salesforce Streaming API answered {channel} with a body that is not Bayeux JSON: {Shorten(body)}", e);
        }
    }

    private static string Shorten(string body) =>
        body.Length <= MaxEchoedBodyLength ? body : body[..MaxEchoedBodyLength] + "…";
}

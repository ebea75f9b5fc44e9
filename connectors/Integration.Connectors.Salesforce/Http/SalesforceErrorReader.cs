using System.Net;
using System.Text.Json;
using Integration.Connectors.Salesforce.Api;

namespace Integration.Connectors.Salesforce.Http;

/// <summary>Turns a refused response's body (REST error array, OAuth error object, 300 choices) into a <see cref="SalesforceApiException"/>.</summary>
internal static class SalesforceErrorReader
{
    private const int MaxEchoedBodyLength = 500;

    public static SalesforceApiException Read(HttpStatusCode status, string body)
    {
        var (code, message, fields) = Parse(status, body);
        return new SalesforceApiException(status, code, message, fields, SalesforceRetryability.IsRetryable(status, code));
    }

    private static (string Code, string Message, IReadOnlyList<string> Fields) Parse(HttpStatusCode status, string body)
    {
        var trimmed = body.TrimStart();
        try
        {
            if (status == HttpStatusCode.MultipleChoices)
            {
                return ("MULTIPLE_CHOICES", "Several records match the external id: " + Shorten(body), []);
            }

            if (trimmed.StartsWith('['))
            {
                var errors = JsonSerializer.Deserialize<List<SalesforceApiError>>(body, SalesforceJson.Options) ?? [];
                if (errors.Count > 0)
                {
                    var first = errors[0];
                    var message = string.Join(" | ", errors.Select(e => e.Message ?? ""));
                    return (first.ErrorCode ?? Fallback(status), message, errors.SelectMany(e => e.Fields ?? []).Distinct().ToArray());
                }
            }
            else if (trimmed.StartsWith('{'))
            {
                var oauth = JsonSerializer.Deserialize<SalesforceOAuthError>(body, SalesforceJson.Options);
                if (oauth?.Error is { } error)
                {
                    return (error, oauth.ErrorDescription ?? "", []);
                }
            }
        }
        catch (JsonException)
        {
            // Not the vendor's JSON (a proxy's HTML page, say): fall through to the raw text.
        }

        return (Fallback(status), Shorten(body), []);
    }

    private static string Fallback(HttpStatusCode status) => $"HTTP_{(int)status}";

    private static string Shorten(string body) =>
        body.Length <= MaxEchoedBodyLength ? body : body[..MaxEchoedBodyLength] + "…";
}

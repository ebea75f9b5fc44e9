using System.Text.Json;
using Integration.Connectors.NetSuite.Api;

namespace Integration.Connectors.NetSuite.Errors;

/// <summary>Turns every non-success answer into a <see cref="NetSuiteApiException"/> carrying NetSuite's error body.</summary>
internal sealed class NetSuiteErrorHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ReadAsync(response, cancellationToken);
        }
    }

    /// <summary>Parses NetSuite's error body; a body that is not NetSuite's shape still yields the status.</summary>
    internal static async Task<NetSuiteApiException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        NetSuiteErrorBody? body = null;
        try
        {
            body = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<NetSuiteErrorBody>(text);
        }
        catch (JsonException)
        {
            // Gateways and RESTlets answer HTML or other shapes; the status is still meaningful.
        }

        var first = body?.ErrorDetails is { Count: > 0 } details ? details[0] : null;
        return new NetSuiteApiException(
            response.StatusCode, body?.Type, body?.Title ?? response.ReasonPhrase, first?.ErrorCode, first?.Detail ?? (body is null ? Truncate(text) : null), first?.ErrorPath);
    }

    private static string? Truncate(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= 200 ? text : text[..200];
}

using Integration.Core.Changes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// Reads <c>changeOrigin</c>, <c>com/salesforce/api/&lt;api&gt;/&lt;XX.X&gt;;client=&lt;ClientId&gt;</c>: the API path is the
/// source, the <c>client=</c> value (verbatim, as the writer sent it in <c>Sforce-Call-Options</c>) the client id.
/// Empty for changes made outside the API and Lightning Experience.
/// </summary>
internal static class ChangeOriginParser
{
    private const string ClientKey = "client=";

    public static ChangeOrigin? Parse(string? changeOrigin)
    {
        if (string.IsNullOrWhiteSpace(changeOrigin))
        {
            return null;
        }

        var parts = changeOrigin.Split(';', StringSplitOptions.TrimEntries);
        var client = parts.Skip(1).FirstOrDefault(p => p.StartsWith(ClientKey, StringComparison.OrdinalIgnoreCase));
        var clientId = client is null || client.Length == ClientKey.Length ? null : client[ClientKey.Length..];
        return new ChangeOrigin(parts[0].Length == 0 ? null : parts[0], clientId);
    }
}

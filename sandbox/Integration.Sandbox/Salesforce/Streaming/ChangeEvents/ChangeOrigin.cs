namespace Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

/// <summary>
/// The <c>changeOrigin</c> header of API writes: <c>com/salesforce/api/rest/&lt;version&gt;</c>, plus
/// <c>;client=&lt;id&gt;</c> when the call sent <c>Sforce-Call-Options: client=&lt;id&gt;</c> (the id verbatim).
/// Seeded records and simulated user edits have an empty origin.
/// </summary>
internal static class ChangeOrigin
{
    public const string HeaderName = "Sforce-Call-Options";

    public static string ForRest(string apiVersion, string? callOptions) =>
        ClientId(callOptions) is { } client ? $"com/salesforce/api/rest/{apiVersion};client={client}" : $"com/salesforce/api/rest/{apiVersion}";

    /// <summary>Reads <c>client=X</c> from <c>client=X; defaultNamespace=Y</c>.</summary>
    public static string? ClientId(string? callOptions)
    {
        foreach (var part in (callOptions ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals("client", StringComparison.OrdinalIgnoreCase) && equals < part.Length - 1)
            {
                return part[(equals + 1)..].Trim();
            }
        }

        return null;
    }
}

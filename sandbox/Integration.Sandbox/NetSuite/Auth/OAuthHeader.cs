namespace Integration.Sandbox.NetSuite.Auth;

/// <summary>
/// The parameters of an <c>Authorization: OAuth k="v", ...</c> header, values percent-decoded; null when the
/// header is missing or malformed.
/// </summary>
internal static class OAuthHeader
{
    public static IReadOnlyDictionary<string, string>? Parse(string? header)
    {
        const string Scheme = "OAuth ";
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[Scheme.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            var value = part[(equals + 1)..].Trim();
            if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
            {
                return null;
            }

            if (!parameters.TryAdd(part[..equals].Trim(), Uri.UnescapeDataString(value[1..^1])))
            {
                return null;
            }
        }

        return parameters;
    }
}

using System.Text.RegularExpressions;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>Resolves <c>%Setting%</c> placeholders from configuration, as the Functions host's name resolver does.</summary>
public static partial class SettingPlaceholders
{
    /// <summary>Replaces every <c>%Name%</c> in <paramref name="value"/> with the configuration value <c>Name</c>.</summary>
    /// <exception cref="InvalidOperationException">A named setting is missing; the message names it, the function and the property.</exception>
    public static string Resolve(string value, IConfiguration configuration, string functionName, string property)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(configuration);
        return Placeholder().Replace(value, match =>
        {
            var name = match.Groups["name"].Value;
            return configuration[name] is { Length: > 0 } resolved
                ? resolved
                : throw new InvalidOperationException(
                    $"Function '{functionName}': {property} '{value}' uses setting '{name}', which is not configured.");
        });
    }

    [GeneratedRegex("%(?<name>[^%]+)%", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

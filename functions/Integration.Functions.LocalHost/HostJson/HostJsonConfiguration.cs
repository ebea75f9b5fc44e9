using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace Integration.Functions.LocalHost.HostJson;

/// <summary>
/// Puts host.json into configuration under <see cref="SectionName"/>, as the Functions host does, so that
/// app settings such as <c>AzureFunctionsJobHost__extensions__queues__batchSize</c> override it (the
/// platform's documented override mechanism), and tests override it the same way.
/// </summary>
public static class HostJsonConfiguration
{
    /// <summary>The configuration section the host.json content lives under.</summary>
    public const string SectionName = "AzureFunctionsJobHost";

    /// <summary>Setting that points at another host.json (default: <c>host.json</c> in the app base directory).</summary>
    public const string PathSetting = "LocalHost:HostJsonPath";

    /// <summary>
    /// Inserts host.json as the lowest-priority configuration source, so every other source overrides it.
    /// A missing file is an error: the platform refuses to start without host.json.
    /// </summary>
    public static IConfigurationBuilder AddHostJson(this IConfigurationBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"host.json was not found at '{path}'. Set {PathSetting} to its location.");
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        using (var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
        {
            Flatten(document.RootElement, SectionName, values);
        }

        builder.Sources.Insert(0, new MemoryConfigurationSource { InitialData = values });
        return builder;
    }

    /// <summary>The host.json path: <see cref="PathSetting"/> if set, otherwise the app base directory's host.json.</summary>
    public static string ResolvePath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[PathSetting] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, AppContext.BaseDirectory)
            : Path.Combine(AppContext.BaseDirectory, "host.json");
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string?> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, $"{prefix}:{property.Name}", values);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{prefix}:{index.ToString(CultureInfo.InvariantCulture)}", values);
                    index++;
                }

                break;
            case JsonValueKind.Null:
                values[prefix] = null;
                break;
            case JsonValueKind.String:
                values[prefix] = element.GetString();
                break;
            default:
                values[prefix] = element.GetRawText();
                break;
        }
    }
}

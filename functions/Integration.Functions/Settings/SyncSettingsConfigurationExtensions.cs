using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Integration.Functions.Settings;

/// <summary>Adds the placeholder defaults of <see cref="SyncSettings"/> to a configuration.</summary>
public static class SyncSettingsConfigurationExtensions
{
    /// <summary>
    /// Inserts <see cref="SyncSettings.Defaults"/> as the first (lowest-priority) source, so that every other
    /// source (settings files, environment, command line, test settings) overrides them.
    /// </summary>
    public static IConfigurationBuilder AddSyncSettingDefaults(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Sources.OfType<MemoryConfigurationSource>().Any(s => ReferenceEquals(s.InitialData, SyncSettings.Defaults)))
        {
            builder.Sources.Insert(0, new MemoryConfigurationSource { InitialData = SyncSettings.Defaults });
        }

        return builder;
    }
}

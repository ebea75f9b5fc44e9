using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>CDC channel names: <c>/data/ChangeEvents</c> (every entity) and <c>/data/&lt;Object&gt;ChangeEvent</c> (one), case-sensitive.</summary>
internal static class ChangeEventChannel
{
    public const string All = "/data/ChangeEvents";

    /// <summary>Whether <paramref name="channel"/> exists; <paramref name="entityName"/> is null for the all-entities channel.</summary>
    public static bool TryParse(string channel, out string? entityName)
    {
        entityName = null;
        if (channel == All)
        {
            return true;
        }

        const string prefix = "/data/";
        const string suffix = "ChangeEvent";
        if (!channel.StartsWith(prefix, StringComparison.Ordinal) || !channel.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var name = channel[prefix.Length..^suffix.Length];
        entityName = StandardSchema.All.FirstOrDefault(t => t.Name == name)?.Name;
        return entityName is not null;
    }
}

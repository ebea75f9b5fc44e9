namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>A CDC channel and the objects it carries: <c>/data/AccountChangeEvent</c> → Account, <c>/data/Employee__ChangeEvent</c> → Employee__c, <c>/data/ChangeEvents</c> → the configured objects.</summary>
internal sealed record CdcChannel(string Name, IReadOnlyList<string> Objects)
{
    private const string Prefix = "/data/";
    private const string AllObjects = "/data/ChangeEvents";
    private const string Suffix = "ChangeEvent";

    public static CdcChannel For(string channel, IReadOnlyList<string> configuredObjects)
    {
        if (string.Equals(channel, AllObjects, StringComparison.Ordinal) || !channel.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return new CdcChannel(channel, configuredObjects);
        }

        var name = channel[Prefix.Length..^Suffix.Length];
        return new CdcChannel(channel, [name.EndsWith("__", StringComparison.Ordinal) ? name + "c" : name]);
    }
}

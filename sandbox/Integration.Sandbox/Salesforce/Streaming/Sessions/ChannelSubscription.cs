namespace Integration.Sandbox.Salesforce.Streaming.Sessions;

/// <summary>
/// One subscribed channel of a client and how far it has read the org's event log (an absolute log position).
/// <see cref="EntityName"/> is null for <c>/data/ChangeEvents</c>, which carries every entity.
/// </summary>
internal sealed class ChannelSubscription(string channel, string? entityName, long position)
{
    public string Channel { get; } = channel;
    public string? EntityName { get; } = entityName;
    public long Position { get; set; } = position;

    public bool Carries(string entityName) => EntityName is null || string.Equals(EntityName, entityName, StringComparison.Ordinal);
}

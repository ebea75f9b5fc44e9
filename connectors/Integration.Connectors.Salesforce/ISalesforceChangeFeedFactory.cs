using Integration.Core.ChangeFeed;

namespace Integration.Connectors.Salesforce;

/// <summary>Creates Change Data Capture feeds; registered by <see cref="SalesforceServiceCollectionExtensions.AddSalesforceConnector"/>.</summary>
public interface ISalesforceChangeFeedFactory
{
    /// <summary>
    /// The CDC feed of <paramref name="connection"/> on the channel of <see cref="SalesforceStreamingOptions.Channel"/>;
    /// its events and resync requests name <paramref name="systemName"/> as their system. Its stream (checkpoint key)
    /// is <c>salesforce:&lt;connection&gt;:&lt;channel&gt;</c>, its positions <c>&lt;replayId&gt;|&lt;commitTimestampMs&gt;</c>.
    /// </summary>
    /// <param name="connection">A connection configured under <c>Salesforce:Connections</c>.</param>
    /// <param name="systemName">The plan's name of the system (a key of the plan's <c>systems</c>).</param>
    /// <exception cref="KeyNotFoundException">No connection of that name is configured; the message names the configured ones.</exception>
    IChangeFeed CreateChangeFeed(string connection, string systemName);
}

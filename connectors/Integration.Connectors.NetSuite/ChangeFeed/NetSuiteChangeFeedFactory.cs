using Integration.Connectors.NetSuite.Connectors;
using Integration.Core.ChangeFeed;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>Creates the SuiteQL pollers (one <see cref="IChangeFeed"/> per connection and record type).</summary>
public sealed class NetSuiteChangeFeedFactory
{
    private readonly NetSuiteClients _clients;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggers;

    internal NetSuiteChangeFeedFactory(NetSuiteClients clients, TimeProvider timeProvider, ILoggerFactory loggers)
    {
        _clients = clients;
        _timeProvider = timeProvider;
        _loggers = loggers;
    }

    /// <summary>
    /// The SuiteQL poller of <paramref name="objectName"/> (<c>customer</c>, <c>contact</c>, <c>salesOrder</c>) on
    /// <paramref name="connection"/>. Its stream is <c>netsuite:&lt;connection&gt;:suiteql:&lt;objectName&gt;</c>; each
    /// <see cref="IChangeFeed.ReadAsync"/> is one poll, meant to run on a timer (the poll interval).
    /// </summary>
    /// <param name="connection">The configured connection.</param>
    /// <param name="system">The plan's name of the system, put on the change events.</param>
    /// <param name="objectName">The record type to poll.</param>
    /// <exception cref="KeyNotFoundException">No connection of that name is configured.</exception>
    public IChangeFeed CreatePoller(string connection, string system, string objectName)
    {
        var options = _clients.Options(connection);
        var lanes = new SuiteQlLaneReader(_clients.Query(connection), _clients.DateTimes(connection), options.PollOverlap, options.PollMaxRememberedKeys);
        return new NetSuiteSuiteQlPoller(
            connection, system, objectName, lanes, options.PollSettleDelay, _timeProvider, _loggers.CreateLogger<NetSuiteSuiteQlPoller>());
    }
}

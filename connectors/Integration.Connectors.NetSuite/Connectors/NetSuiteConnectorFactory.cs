using Integration.Connectors.NetSuite.Auth;
using Integration.Connectors.NetSuite.Governance;
using Integration.Connectors.NetSuite.Records;
using Integration.Connectors.NetSuite.Reconciliation;
using Integration.Connectors.NetSuite.Schema;
using Integration.Core.Connectors;

namespace Integration.Connectors.NetSuite.Connectors;

/// <summary>Creates <see cref="NetSuiteConnector"/>s for the connections under <c>NetSuite:Connections</c>.</summary>
internal sealed class NetSuiteConnectorFactory(NetSuiteClients clients, NetSuiteAccountLimiters limiters) : IConnectorFactory
{
    private static readonly NetSuiteObjectSchemaProvider Schema = new();

    public string Kind => NetSuiteConnector.SystemKind;

    public IConnector Create(string connection)
    {
        var options = clients.Options(connection);
        var query = clients.Query(connection);
        var dateTimes = clients.DateTimes(connection);
        return new NetSuiteConnector(
            connection,
            new NetSuiteRecordReader(query, dateTimes),
            new NetSuiteRecordWriter(
                clients.Records(connection), query, options.ConcurrencyLimit, limiters.BulkLaneFor(TbaCredentials.RealmFor(options.AccountId), options.ConcurrencyLimit)),
            new NetSuiteRecordAggregates(query, dateTimes),
            Schema);
    }
}

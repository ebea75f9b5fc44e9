namespace Integration.Core.Connectors;

/// <summary>Creates connectors of one system kind; each vendor's <c>Add…Connector</c> registers one.</summary>
public interface IConnectorFactory
{
    /// <summary>The system kind this factory serves (<c>salesforce</c>, <c>hubspot</c>, <c>netsuite</c>).</summary>
    string Kind { get; }

    /// <summary>The connector for <paramref name="connection"/> (a configured connection name).</summary>
    /// <exception cref="KeyNotFoundException">No connection of that name is configured; the message names it and the configured ones.</exception>
    IConnector Create(string connection);
}

using Integration.Core.Connectors;

namespace Integration.Connectors.Tests.Contract;

/// <summary>What <see cref="ConnectorContractTests"/> needs from one vendor tenant: the connector and the sandbox's controls.</summary>
public interface IContractTenant : IAsyncDisposable
{
    IConnector Connector { get; }

    /// <summary>Inserts <paramref name="count"/> records of the contract object straight into the sandbox store.</summary>
    Task SeedAsync(int count);

    /// <summary>Injects the vendor's throttling and contention faults into every API call.</summary>
    Task ThrottleAsync();

    Task ClearFaultsAsync();

    /// <summary>Live records of the contract object, by the sandbox's own counter (not through the connector).</summary>
    Task<long> SandboxLiveCountAsync();
}

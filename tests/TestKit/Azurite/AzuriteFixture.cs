namespace Integration.TestKit.Azurite;

/// <summary>
/// xUnit assembly fixture: one Azurite for every test of an assembly
/// (<c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c>). Tests take their own
/// queue, table and container names from <see cref="StorageNames"/>, so they can run in parallel.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteInstance? _instance;

    /// <summary>The connection string of the running account.</summary>
    public string ConnectionString => (_instance ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _instance = await AzuriteInstance.StartAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
    }
}

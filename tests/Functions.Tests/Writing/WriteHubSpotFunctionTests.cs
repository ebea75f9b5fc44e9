using System.Text.Json;
using Integration.Core.Connectors;
using Integration.Functions.Storage;
using Integration.Functions.Tests.Sync;
using Integration.Functions.Writing;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Writing;

public sealed class WriteHubSpotFunctionTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly SyncStorageBed _bed = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Commands_the_vendor_keeps_asking_to_retry_are_retried_alone_then_dead_lettered()
    {
        var connector = new RetryingHubSpotConnector();
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        settings["Sync:Writes:RetryDelay"] = "00:00:00";
        settings["Sync:Writes:MaxAttempts"] = "2";
        await using var host = await StartWriterAsync(settings, connector);
        var message = JsonSerializer.Serialize(new WritesMessage([Commands.ToHubSpot("001A", "Acme")]), MessageJson.Options);

        await _bed.Queues.GetQueueClient(_bed.QueueNames.WritesHubSpot).SendMessageAsync(message, Ct);

        var store = new TableDeadLetterStore(_bed.Tables, Options.Create(_bed.TableNames), host.Services.GetRequiredService<QueueWriteQueue>());
        var letter = Assert.Single(await AwaitDeadLettersAsync(store));
        Assert.Equal(("retries-exhausted", "001A"), (letter.Letter.Code, letter.Letter.Command.SourceId));
        Assert.Equal(2, connector.Calls);
    }

    [Fact]
    public async Task Messages_written_in_one_flush_each_retry_only_their_own_commands()
    {
        var connector = new RetryingHubSpotConnector(new HashSet<string>(StringComparer.Ordinal) { "001B" });
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        settings["Sync:Writes:MaxAttempts"] = "1";
        settings["Sync:Batching:Linger"] = "00:00:02";
        var queue = _bed.Queues.GetQueueClient(_bed.QueueNames.WritesHubSpot);
        await queue.CreateIfNotExistsAsync(cancellationToken: Ct);
        foreach (var command in new[] { Commands.ToHubSpot("001A", "Acme"), Commands.ToHubSpot("001B", "Beta") })
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new WritesMessage([command]), MessageJson.Options), Ct);
        }

        await using var host = await StartWriterAsync(settings, connector);

        var store = new TableDeadLetterStore(_bed.Tables, Options.Create(_bed.TableNames), host.Services.GetRequiredService<QueueWriteQueue>());
        await AwaitDeadLettersAsync(store);
        await host.StopAsync(); // both invocations have returned: each dead-lettered what it had to

        var letter = Assert.Single(await store.ListAsync(null, 10, Ct));
        Assert.Equal("001B", letter.Letter.Command.SourceId);
        Assert.Equal(1, connector.Calls); // both messages went in one vendor call
    }

    [Fact]
    public async Task A_partial_last_vendor_call_waits_for_the_next_flush_when_more_messages_are_waiting()
    {
        // Vendor batches of 2, flushes of at most 3 commands, five one-command messages: the first flush writes a full
        // batch and holds its third command for the next flush, which fills a batch with it (2, 2, 1). Written as it
        // comes, the first flush would have sent a part batch (2, 1, 2).
        var connector = new RetryingHubSpotConnector(new HashSet<string>(StringComparer.Ordinal), maxBatchSize: 2);
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        settings["Sync:Batching:Linger"] = "00:00:02";
        settings["Sync:Batching:MaxWrites"] = "3";
        var queue = _bed.Queues.GetQueueClient(_bed.QueueNames.WritesHubSpot);
        await queue.CreateIfNotExistsAsync(cancellationToken: Ct);
        foreach (var id in new[] { "001A", "001B", "001C", "001D", "001E" })
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new WritesMessage([Commands.ToHubSpot(id, $"Co {id}")]), MessageJson.Options), Ct);
        }

        await using var host = await StartWriterAsync(settings, connector);

        await AwaitAsync(() => connector.BatchSizes.Sum() >= 5, "all five commands to reach the vendor");
        await AwaitAsync(async () => (await queue.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount == 0, "every message to be deleted");

        Assert.Equal([2, 2, 1], connector.BatchSizes);
    }

    /// <summary>The local host running the HubSpot writer function over the app's services, with <paramref name="connector"/> as the vendor.</summary>
    private static Task<Integration.Functions.Tests.LocalHost.Hosting.TestLocalHost> StartWriterAsync(Dictionary<string, string?> settings, RetryingHubSpotConnector connector)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return Integration.Functions.Tests.LocalHost.Hosting.TestLocalHost.StartAsync(
            [typeof(WriteHubSpotFunction)],
            settings,
            services =>
            {
                services.AddIntegrationFunctions(configuration);
                services.RemoveAll<IConnectorFactory>();
                services.AddSingleton<IConnectorFactory>(connector);
            });
    }

    private static Task AwaitAsync(Func<bool> condition, string what) => AwaitAsync(() => Task.FromResult(condition()), what);

    private static async Task AwaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Timed out after {Patience} waiting for {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, Ct);
        }
    }

    private static async Task<IReadOnlyList<StoredDeadLetter>> AwaitDeadLettersAsync(TableDeadLetterStore store)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await store.ListAsync(null, 10, Ct) is { Count: > 0 } letters)
            {
                return letters;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, Ct);
        }

        Assert.Fail($"Timed out after {Patience} waiting for the retried command to be dead-lettered.");
        return [];
    }
}

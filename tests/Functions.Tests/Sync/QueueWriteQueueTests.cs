using System.Text;
using System.Text.Json;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Sync;

public sealed class QueueWriteQueueTests(AzuriteFixture azurite) : IDisposable
{
    private const int MaxBytes = 2048;
    private readonly SyncStorageBed _bed = new(azurite, MaxBytes);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Enqueue_splits_commands_into_messages_under_the_limit_on_the_kind_queue_in_order()
    {
        await _bed.CreateAsync(Ct);
        var queue = new QueueWriteQueue(_bed.Queues, _bed.Plans, Options.Create(_bed.QueueNames));
        var commands = Enumerable.Range(0, 30).Select(i => Commands.ToHubSpot($"001{i:D3}", new string('x', 100))).ToList();

        await queue.EnqueueAsync("hs", commands, Ct);

        var bodies = await _bed.ReceiveAllAsync(_bed.QueueNames.WritesHubSpot, Ct);
        var messages = bodies.Select(b => JsonSerializer.Deserialize<WritesMessage>(b, MessageJson.Options)!).ToList();
        Assert.InRange(bodies.Count, 3, 30);
        Assert.All(bodies, b => Assert.InRange(Encoding.UTF8.GetByteCount(b), 1, MaxBytes));
        Assert.Equal(commands.Select(c => c.SourceId), messages.SelectMany(m => m.Commands).Select(c => c.SourceId).Order(StringComparer.Ordinal));
        var first = messages.SelectMany(m => m.Commands).Single(c => c.SourceId == "001000");
        Assert.Equal(
            (commands[0].TargetSystem, commands[0].TargetSide, commands[0].ExternalId, commands[0].SourceVersion, commands[0].Lane, new string('x', 100)),
            (first.TargetSystem, first.TargetSide, first.ExternalId, first.SourceVersion, first.Lane, first.Fields["name"].GetString()));
        Assert.Empty(await _bed.ReceiveAllAsync(_bed.QueueNames.WritesSalesforce, Ct));
    }

    [Fact]
    public async Task Enqueue_to_a_system_the_plan_lacks_names_it()
    {
        var queue = new QueueWriteQueue(_bed.Queues, _bed.Plans, Options.Create(_bed.QueueNames));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => queue.EnqueueAsync("nowhere", [Commands.ToHubSpot("1", "a")], Ct));

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_of_one_command_larger_than_a_message_fails_naming_the_setting()
    {
        var queue = new QueueWriteQueue(_bed.Queues, _bed.Plans, Options.Create(_bed.QueueNames));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => queue.EnqueueAsync("hs", [Commands.ToHubSpot("1", new string('y', 3000))], Ct));

        Assert.Contains("Sync:Queues:MaxMessageBytes", error.Message, StringComparison.Ordinal);
    }
}

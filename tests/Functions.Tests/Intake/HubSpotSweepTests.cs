using System.Text.Json;
using Integration.Core.Plans;
using Integration.Functions.Intake;
using Integration.Functions.Storage;
using Integration.Functions.Tests.Sync;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Functions.Tests.Intake;

public sealed class HubSpotSweepTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private readonly SyncStorageBed _bed = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Sweep_enqueues_modified_records_in_batches_and_the_next_sweep_starts_from_the_last_one_minus_the_overlap()
    {
        await _bed.CreateAsync(Ct);
        var time = new FakeTimeProvider(Start);
        var options = Options.Create(new IntakeOptions { HubSpotSweepOverlap = TimeSpan.FromMinutes(5), HubSpotSweepBatchSize = 2 });
        var checkpoints = new TableCheckpointStore(_bed.Tables, Options.Create(_bed.TableNames));
        var sweep = new HubSpotSweep(checkpoints, new ChangesQueue(_bed.Queues, Options.Create(_bed.QueueNames)), options, time);
        var reader = new ListedRecords("901", "902", "903");
        var system = new SystemDefinition("hs", SystemKind.HubSpot, "HubSpotNew");

        var first = await sweep.SweepAsync(system, reader, "companies", ["name"], Ct);
        time.Advance(TimeSpan.FromMinutes(15));
        await sweep.SweepAsync(system, reader, "companies", ["name"], Ct);

        Assert.Equal(3, first);
        Assert.Equal([Start.AddMinutes(-5), Start.AddMinutes(-5)], reader.Since);
        var messages = (await _bed.ReceiveAllAsync(_bed.QueueNames.Changes, Ct))
            .Select(body => JsonSerializer.Deserialize<ChangesMessage>(body, MessageJson.Options)!.Events!).ToList();
        Assert.Equal(4, messages.Count);
        Assert.All(messages.SelectMany(m => m), e => Assert.Equal(("hs", "companies"), (e.System, e.ObjectName)));
        Assert.Equal(Start.AddMinutes(15), DateTimeOffset.Parse((await checkpoints.GetAsync("hubspot:HubSpotNew:sweep:companies", Ct))!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}

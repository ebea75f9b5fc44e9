using System.Text.Json;
using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>The connector's change feed against the sandbox's CometD server: one session, our own writes observed.</summary>
[Trait("Category", "Acceptance")]
[Collection(CdcAcceptance.Collection)]
public sealed class ChangeFeedBasicsAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Writes_through_the_connector_arrive_as_change_events_with_record_id_and_client_id()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 1, accounts: 5, cancellationToken);
        var feed = sandbox.NewFeed();
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscriber = new CheckpointingSubscriber();
        subscriber.Start(feed, await sandbox.CurrentPositionAsync(feed, cancellationToken), read.Token);

        var created = await UpsertAsync(sandbox, "ACC-ACCEPT-1", "Created by the acceptance test", cancellationToken);
        await subscriber.WaitForAsync(s => s.Events.Count >= 1, CdcAcceptance.Timeout, "the CREATE event of our upsert");
        var clients = await sandbox.GetAsync($"{sandbox.StreamingPath}/clients", cancellationToken);
        var updated = await UpsertAsync(sandbox, "ACC-ACCEPT-1", "Updated by the acceptance test", cancellationToken);
        await subscriber.WaitForAsync(s => s.Events.Count >= 2, CdcAcceptance.Timeout, "the UPDATE event of our upsert");
        await read.CancelAsync();
        await subscriber.Completion;

        var events = subscriber.Events.OrderBy(e => e.Key).Select(e => e.Value).ToList();
        output.WriteLine($"events: {string.Join("; ", events.Select(e => $"{e.Kind} {e.ObjectName} {string.Join(',', e.RecordIds)} origin {e.Origin} at {e.Position.Value}"))}");
        Assert.True(created.Created, "the first upsert should create the account");
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal((ChangeKind.Create, "Account"), (events[0].Kind, events[0].ObjectName));
        Assert.Equal((ChangeKind.Update, "Account"), (events[1].Kind, events[1].ObjectName));
        Assert.All(events, e => Assert.Equal([created.Id!], e.RecordIds));
        Assert.All(events, e => Assert.Equal(new ChangeOrigin("com/salesforce/api/rest/68.0", CdcSandbox.CallOptionsClient), e.Origin));
        Assert.Contains("Description", events[1].ChangedFields ?? []);
        Assert.Equal("/data/ChangeEvents", (string?)clients[0]!["subscriptions"]![0]);
        Assert.Equal(CheckpointingSubscriber.ReplayId(events[1].Position), CheckpointingSubscriber.ReplayId(subscriber.Checkpoint!));
    }

    private static async Task<RecordWriteResult> UpsertAsync(CdcSandbox sandbox, string externalId, string description, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, JsonElement>
        {
            ["Name"] = JsonSerializer.SerializeToElement("Acceptance Account"),
            ["Description"] = JsonSerializer.SerializeToElement(description),
        };
        var results = await sandbox.Writer.UpsertAsync("Account", "External_Id__c", [new RecordUpsert(externalId, fields)], WriteLane.Live, cancellationToken);
        var result = Assert.Single(results);
        Assert.True(result.Failure is null, $"upsert of {externalId} failed: {result.Failure}");
        return result;
    }
}

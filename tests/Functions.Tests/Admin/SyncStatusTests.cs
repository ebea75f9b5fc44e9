using System.Net;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Integration.Functions.Storage;
using Integration.Functions.Tests.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Configuration;

namespace Integration.Functions.Tests.Admin;

public sealed class SyncStatusTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Status_reports_depths_of_the_pipeline_queues_including_poison_and_ignores_other_queues()
    {
        var settings = AdminHost.Settings(azurite);
        var prefix = settings["Admin:QueuePrefixes:0"]!;
        var queues = Connection(settings).CreateQueueServiceClient();
        await FillAsync(queues, prefix + "changes", 3);
        await FillAsync(queues, prefix + "writes-hubspot", 2);
        await FillAsync(queues, prefix + "writes-hubspot-poison", 1);
        await FillAsync(queues, StorageNames.Queue("unrelated"), 4);
        await using var host = await AdminHost.StartAsync(settings);

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var depths = body.GetProperty("queues").EnumerateArray()
            .Select(q => (q.GetProperty("queue").GetString(), q.GetProperty("approximateMessages").GetInt32(), q.GetProperty("isPoison").GetBoolean()))
            .ToList();
        Assert.Equal(
            [(prefix + "changes", 3, false), (prefix + "writes-hubspot", 2, false), (prefix + "writes-hubspot-poison", 1, true)],
            depths);
    }

    [Fact]
    public async Task Status_reports_each_checkpointed_stream_with_position_lag_and_last_event_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = AdminHost.Settings(azurite);
        var table = Connection(settings).CreateTableServiceClient().GetTableClient(settings["Sync:Tables:Checkpoints"]);
        await table.CreateAsync(ct);
        var lastEvent = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("checkpoint", Uri.EscapeDataString("salesforce:/data/ChangeEvents"))
        {
            ["Value"] = "replay-4711",
            ["UpdatedAt"] = lastEvent.AddSeconds(3),
            ["LastEventAt"] = lastEvent,
        }, ct);
        await using var host = await AdminHost.StartAsync(settings);

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stream = Assert.Single(body.GetProperty("streams").EnumerateArray());
        Assert.Equal(
            ("salesforce:/data/ChangeEvents", "replay-4711", "00:00:03", lastEvent),
            (stream.GetProperty("stream").GetString(), stream.GetProperty("position").GetString(), stream.GetProperty("lag").GetString(), stream.GetProperty("lastEventAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task Status_reports_zero_error_counts_before_sync_creates_its_tables()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"syncErrors\":0,\"deadLetters\":0,\"syncErrorsCapped\":false,\"deadLettersCapped\":false}", body.GetProperty("errors").GetRawText());
        Assert.Empty(body.GetProperty("streams").EnumerateArray());
    }

    [Theory]
    [InlineData(3, 2, 3, false, 2, false)]
    [InlineData(999, 1000, 999, false, 1000, true)]
    [InlineData(1001, 0, 1000, true, 0, false)]
    public async Task Status_counts_errors_and_dead_letters_up_to_1000_each_and_flags_a_count_that_reached_it(
        int errorRows, int letterRows, long errors, bool errorsCapped, long letters, bool lettersCapped)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = AdminHost.Settings(azurite);
        var tables = Connection(settings).CreateTableServiceClient();
        var errorTable = tables.GetTableClient(settings["Sync:Tables:Errors"]);
        var letterTable = tables.GetTableClient(settings["Sync:Tables:DeadLetters"]);
        await errorTable.CreateAsync(ct);
        await letterTable.CreateAsync(ct);
        await TableRowCountTests.FillAsync(errorTable, ["accounts", "contacts"], errorRows);
        await TableRowCountTests.FillAsync(letterTable, ["deadletter"], letterRows);
        await using var host = await AdminHost.StartAsync(settings);

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = body.GetProperty("errors");
        Assert.Equal(
            (errors, errorsCapped, letters, lettersCapped),
            (counts.GetProperty("syncErrors").GetInt64(), counts.GetProperty("syncErrorsCapped").GetBoolean(),
                counts.GetProperty("deadLetters").GetInt64(), counts.GetProperty("deadLettersCapped").GetBoolean()));
    }

    private static StorageConnection Connection(Dictionary<string, string?> settings) =>
        StorageConnection.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static async Task FillAsync(QueueServiceClient queues, string name, int messages)
    {
        var ct = TestContext.Current.CancellationToken;
        var queue = queues.GetQueueClient(name);
        await queue.CreateAsync(cancellationToken: ct);
        for (var i = 0; i < messages; i++)
        {
            await queue.SendMessageAsync($"message-{i}", ct);
        }
    }
}

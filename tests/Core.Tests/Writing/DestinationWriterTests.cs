using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Processing;
using Integration.Core.Records;
using Integration.Core.Tests.Fakes;
using Integration.Core.Writing;

namespace Integration.Core.Tests.Writing;

public sealed class DestinationWriterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static WriteCommand Upsert(string accountId, string name, int versionSeconds) => new(
        TestPlans.Accounts, 0, SyncSide.B, "hs", "companies", WriteOperation.Upsert, "sf_id", accountId, null, accountId,
        new RecordVersion(T0.AddSeconds(versionSeconds)),
        new Dictionary<string, JsonElement> { ["name"] = Json.Of(name) },
        new Dictionary<string, FieldFingerprints> { ["name"] = new(FieldFingerprint.Of(Json.Of(name)), FieldFingerprint.Of(Json.Of(name))) },
        WriteLane.Live, T0);

    [Fact]
    public async Task Write_creates_the_record_and_links_it_with_version_and_fingerprints()
    {
        var harness = new SyncHarness();

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme", 5)], Token);

        Assert.Equal(1, result.Written);
        var companyId = Assert.Single(harness.Hs.Ids("companies"));
        var row = harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, "001A");
        Assert.Equal((companyId, new RecordVersion(T0.AddSeconds(5))), (row?.BId, row?.AVersion));
        Assert.Equal(FieldFingerprint.Of(Json.Of("Acme")), row?.Fields["name"].B);
    }

    [Fact]
    public async Task Version_guard_drops_a_write_older_than_the_version_applied()
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme new", 10)], Token);

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme old", 5)], Token);

        Assert.Equal((0, 1), (result.Written, result.Superseded));
        Assert.Equal("Acme new", harness.Hs.Value("companies", harness.Hs.Ids("companies")[0], "name"));
        Assert.Equal(1, harness.Hs.RecordsWritten);
    }

    [Fact]
    public async Task Only_the_newest_command_per_record_of_a_batch_is_written()
    {
        var harness = new SyncHarness();

        var result = await harness.Writer.WriteAsync([Upsert("001A", "v2", 2), Upsert("001A", "v3", 3), Upsert("001A", "v1", 1)], Token);

        Assert.Equal((1, 2), (result.Written, result.Superseded));
        Assert.Equal("v3", harness.Hs.Value("companies", harness.Hs.Ids("companies")[0], "name"));
    }

    [Fact]
    public async Task Upserts_are_sent_in_chunks_of_the_vendor_batch_size()
    {
        var harness = new SyncHarness();
        harness.Hs.MaxBatchSize = 2;

        await harness.Writer.WriteAsync([.. Enumerable.Range(1, 5).Select(i => Upsert($"001{i}", $"Co {i}", i))], Token);

        Assert.Equal([2, 2, 1], harness.Hs.UpsertBatchSizes);
        Assert.Equal(5, harness.CrossReference.Rows.Count);
    }

    [Theory]
    [InlineData(5, true, new[] { 2, 2 }, new[] { "0015" })]           // the partial last chunk is held, in order
    [InlineData(5, false, new[] { 2, 2, 1 }, new string[0])]          // the caller declines: written
    [InlineData(4, true, new[] { 2, 2 }, new string[0])]              // no partial chunk: nothing to ask
    [InlineData(1, true, new[] { 1 }, new string[0])]                 // a lone partial chunk is always written
    public async Task Partial_last_chunk_after_a_full_one_is_held_only_when_the_caller_says_so(int count, bool hold, int[] calls, string[] held)
    {
        var harness = new SyncHarness();
        harness.Hs.MaxBatchSize = 2;
        var asked = new List<int>();

        var result = await harness.Writer.WriteAsync(
            [.. Enumerable.Range(1, count).Select(i => Upsert($"001{i}", $"Co {i}", i))],
            chunk =>
            {
                asked.Add(chunk.Count);
                return hold;
            },
            Token);

        Assert.Equal(calls, harness.Hs.UpsertBatchSizes);
        Assert.Equal(held, result.Held.Select(c => c.SourceId));
        Assert.Equal(count - held.Length, result.Written);
        Assert.Equal(count - held.Length, harness.CrossReference.Rows.Count);
        Assert.Equal(count % 2 == 1 && count > 2 ? [1] : [], asked);
    }

    [Fact]
    public async Task Validation_error_is_dead_lettered_with_the_vendor_message_and_not_retried()
    {
        var harness = new SyncHarness();
        harness.Hs.Failures["001A"] = new([new WriteFailure("VALIDATION_ERROR", "Property values were not valid: name", false, ["name"])]);

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1), Upsert("001B", "Globex", 1)], Token);

        Assert.Equal((1, 1, false), (result.Written, result.DeadLettered, result.NeedsRetry));
        var letter = Assert.Single(harness.Logs.DeadLetters);
        Assert.Equal(("VALIDATION_ERROR", "Property values were not valid: name", "001A"), (letter.Code, letter.Message, letter.Command.SourceId));
        Assert.Null(harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, "001A"));
    }

    [Fact]
    public async Task Retryable_failure_is_returned_for_retry_and_succeeds_when_retried()
    {
        var harness = new SyncHarness();
        harness.Hs.Failures["001A"] = new([new WriteFailure("RATE_LIMIT", "Too many requests", true, [])]);

        var first = await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1)], Token);
        var retry = Assert.Single(first.Retry);
        Assert.Null(harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, "001A"));
        var second = await harness.Writer.WriteAsync(first.Retry, Token);

        Assert.Equal(("001A", 1, false), (retry.SourceId, second.Written, second.NeedsRetry));
        Assert.Empty(harness.Logs.DeadLetters);
        Assert.NotNull(harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, "001A"));
    }

    [Fact]
    public async Task ETag_conflict_on_the_cross_reference_is_retried_after_re_reading_the_row()
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1)], Token);
        harness.CrossReference.ConflictsToInject = 2;

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme 2", 2)], Token);

        Assert.Equal((1, 0), (result.Written, result.Errors));
        Assert.Equal(2, harness.CrossReference.ConflictsSeen);
        Assert.Equal(new RecordVersion(T0.AddSeconds(2)), harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, "001A")?.AVersion);
    }

    [Fact]
    public async Task A_record_whose_row_changed_under_the_batch_gets_a_repair_resync_of_its_source_record()
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1), Upsert("001B", "Beta", 1)], Token);
        harness.CrossReference.ConflictsToInject = 1;

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme 2", 2)], Token);

        var repair = Assert.Single(result.Repairs);
        Assert.Equal(("sf", "Account", true, "concurrent-write"), (repair.System, repair.ObjectName, repair.Repair, repair.Reason));
        Assert.Equal(["001A"], repair.RecordIds);
        Assert.Null(repair.ModifiedSince);
    }

    [Theory]
    [InlineData(true, 1)]   // the repair's fields may be missing from the newer command: repaired again
    [InlineData(false, 0)]  // a plain command superseded by a newer one: its values are in the newer one
    public async Task A_command_superseded_in_its_batch_asks_for_a_repair_only_when_it_was_a_repair(bool repair, int repairs)
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1)], Token);

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme 2", 2) with { Repair = repair }, Upsert("001A", "Acme 3", 3)], Token);

        Assert.Equal((1, 1), (result.Written, result.Superseded));
        Assert.Equal(repairs, result.Repairs.Count);
        Assert.All(result.Repairs, r =>
        {
            Assert.Equal(["001A"], r.RecordIds);
            Assert.True(r.Repair);
        });
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task A_command_older_than_the_version_applied_asks_for_a_repair_only_when_it_was_a_repair(bool repair, int repairs)
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme 3", 3)], Token);

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme 2", 2) with { Repair = repair }], Token);

        Assert.Equal((0, 1), (result.Written, result.Superseded));
        Assert.Equal(repairs, result.Repairs.Count);
        Assert.Equal("Acme 3", harness.Hs.Value("companies", Assert.Single(harness.Hs.Ids("companies")), "name"));
    }

    [Fact]
    public async Task A_batch_whose_rows_did_not_change_under_it_asks_for_no_repair()
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1)], Token);

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme 2", 2), Upsert("001B", "Beta", 2)], Token);

        Assert.Equal(2, result.Written);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public async Task ETag_conflicts_beyond_the_retries_surface_an_error()
    {
        var harness = new SyncHarness();
        await harness.Writer.WriteAsync([Upsert("001A", "Acme", 1)], Token);
        harness.CrossReference.ConflictsToInject = 100;

        var result = await harness.Writer.WriteAsync([Upsert("001A", "Acme 2", 2)], Token);

        Assert.Equal(1, result.Errors);
        var error = Assert.Single(harness.Logs.Errors);
        Assert.Equal(SyncErrorCodes.CrossReferenceConflict, error.Code);
        Assert.Equal(harness.Options.CrossReferenceRetries + 1, harness.CrossReference.ConflictsSeen);
    }

    [Fact]
    public async Task A_delete_whose_link_is_already_gone_is_not_sent_again()
    {
        var harness = new SyncHarness();
        var delete = Upsert("001A", "Acme", 1) with { Operation = WriteOperation.Delete, TargetId = "9001" };

        var result = await harness.Writer.WriteAsync([delete], Token);

        Assert.Equal((0, 1, 0), (result.Written, result.Superseded, harness.Hs.DeleteCalls));
    }
}

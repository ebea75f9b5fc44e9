using System.Text.Json;
using Integration.Connectors.Tests.Sandboxes;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Connectors.Tests.Contract;

/// <summary>
/// The behaviour every connector owes the engine (read by ids, idempotent upsert, paging, deletes, throttling,
/// describe), run against the vendor's sandbox. Each vendor inherits it with its own fixture and tenant.
/// </summary>
public abstract class ConnectorContractTests
{
    protected abstract ContractObject Target { get; }

    protected abstract ShiftedClock Clock { get; }

    /// <summary>A tenant of its own (org, account) with a connector built by the vendor's <c>Add…Connector</c>.</summary>
    protected abstract Task<IContractTenant> NewTenantAsync();

    [Fact]
    public async Task Upsert_by_external_id_twice_creates_each_record_once_then_updates_it()
    {
        await using var tenant = await NewTenantAsync();
        var count = (tenant.Connector.Writer.MaxBatchSize * 2) + 7;

        var first = await UpsertAsync(tenant, Enumerable.Range(0, count).Select(i => ($"CT-{i}", $"First {i}")));
        var second = await UpsertAsync(tenant, Enumerable.Range(0, count).Select(i => ($"CT-{i}", $"Second {i}")));

        AssertAllSucceeded(first, "first upsert");
        AssertAllSucceeded(second, "second upsert");
        Assert.Equal(count, first.Select(r => r.Id).Distinct().Count());
        Assert.Equal(first.Select(r => (r.Key, r.Id)), second.Select(r => (r.Key, r.Id)));
        var streamed = await StreamAsync(tenant, new RecordStreamOptions());
        Assert.Equal(count, streamed.Select(r => r.Id).Distinct().Count());
        Assert.Equal(count, streamed.Count);
        Assert.All(streamed, r => Assert.StartsWith("Second ", r.Fields[Target.NameField].GetString(), StringComparison.Ordinal));
        Assert.Equal(count, await tenant.Connector.Aggregates.CountAsync(Target.Name, null, TestContext.Current.CancellationToken));
        Assert.Equal(count, await tenant.SandboxLiveCountAsync());
    }

    [Fact]
    public async Task ReadByIds_across_several_batches_returns_exactly_the_requested_records_that_exist()
    {
        await using var tenant = await NewTenantAsync();
        await tenant.SeedAsync((Target.IdsPerReadBatch * 2) + 50);
        var all = (await StreamAsync(tenant, new RecordStreamOptions())).Select(r => r.Id).ToList();
        var deleted = all.Take(2).ToList();
        AssertAllSucceeded(await tenant.Connector.Writer.DeleteAsync(Target.Name, deleted, WriteLane.Live, TestContext.Current.CancellationToken), "delete");
        var requested = all.Take(all.Count - 10).ToList();

        var read = await tenant.Connector.Reader.ReadByIdsAsync(Target.Name, requested, [Target.NameField], TestContext.Current.CancellationToken);

        var expected = requested.Except(deleted).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, read.Select(r => r.Id).Order(StringComparer.Ordinal).ToList());
        Assert.All(read, r => Assert.False(string.IsNullOrEmpty(r.Fields[Target.NameField].GetString()), $"record {r.Id} came back without {Target.NameField}"));
    }

    [Fact]
    public async Task Stream_pages_through_every_record_once_and_honours_ModifiedSince()
    {
        await using var tenant = await NewTenantAsync();
        var seeded = (Target.PageSize * 2) + 10;
        await tenant.SeedAsync(seeded);

        var all = await StreamAsync(tenant, new RecordStreamOptions());
        Clock.Shift(TimeSpan.FromMinutes(5));
        var since = Clock.GetUtcNow() - TimeSpan.FromMinutes(2);
        var touched = all.Where((_, i) => i % (seeded / 3) == 1).Take(3).ToList();
        AssertAllSucceeded(await UpsertAsync(tenant, touched.Select(r => (r.Fields[Target.ExternalIdField].GetString()!, "Touched"))), "update of three records");
        var modified = await StreamAsync(tenant, new RecordStreamOptions(ModifiedSince: since));

        Assert.Equal(seeded, all.Count);
        Assert.Equal(seeded, all.Select(r => r.Id).Distinct().Count());
        Assert.Equal(touched.Select(r => r.Id).Order(StringComparer.Ordinal), modified.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(modified, r => Assert.True(r.Version.ModifiedAt >= since, $"record {r.Id} modified at {r.Version.ModifiedAt:O}, before {since:O}"));
    }

    [Fact]
    public async Task Delete_removes_records_and_deleting_a_missing_id_succeeds()
    {
        await using var tenant = await NewTenantAsync();
        var ids = (await UpsertAsync(tenant, [("DEL-1", "One"), ("DEL-2", "Two"), ("DEL-3", "Three")])).Select(r => r.Id!).ToList();

        var deleted = await tenant.Connector.Writer.DeleteAsync(Target.Name, ids.Take(2).ToList(), WriteLane.Live, TestContext.Current.CancellationToken);
        var again = await tenant.Connector.Writer.DeleteAsync(Target.Name, ids.Take(1).ToList(), WriteLane.Live, TestContext.Current.CancellationToken);

        AssertAllSucceeded(deleted, "delete of two records");
        AssertAllSucceeded(again, "second delete of an already deleted record");
        var left = await tenant.Connector.Reader.ReadByIdsAsync(Target.Name, ids, [Target.NameField], TestContext.Current.CancellationToken);
        Assert.Equal([ids[2]], left.Select(r => r.Id));
        Assert.Equal(1, await tenant.Connector.Aggregates.CountAsync(Target.Name, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upsert_under_throttling_faults_completes_with_zero_failed_and_zero_duplicated_records()
    {
        await using var tenant = await NewTenantAsync();
        const int count = 300;
        await tenant.ThrottleAsync();

        var results = await UpsertAsync(tenant, Enumerable.Range(0, count).Select(i => ($"THR-{i}", $"Throttled {i}")));
        await tenant.ClearFaultsAsync();

        AssertAllSucceeded(results, "upsert under throttling");
        Assert.Equal(count, await tenant.SandboxLiveCountAsync());
        Assert.Equal(count, (await StreamAsync(tenant, new RecordStreamOptions())).Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Describe_and_ValidateFields_report_an_unknown_field_and_a_read_only_field()
    {
        await using var tenant = await NewTenantAsync();
        var schema = tenant.Connector.Schema;
        const string unknown = "No_Such_Field__x";

        var described = await schema.DescribeAsync(Target.Name, TestContext.Current.CancellationToken);
        var forWrite = await schema.ValidateFieldsAsync(Target.Name, [Target.NameField, unknown, Target.ReadOnlyField], mustBeWritable: true, TestContext.Current.CancellationToken);
        var forRead = await schema.ValidateFieldsAsync(Target.Name, [Target.NameField, Target.ReadOnlyField], mustBeWritable: false, TestContext.Current.CancellationToken);

        Assert.NotNull(described);
        Assert.True(described.Find(Target.ExternalIdField)?.ExternalId, $"{Target.ExternalIdField} is not described as an external id");
        Assert.Equal(
            [(unknown, FieldProblemKind.UnknownField), (Target.ReadOnlyField, FieldProblemKind.ReadOnly)],
            forWrite.Select(p => (p.Field, p.Kind)).ToList());
        Assert.Empty(forRead);
    }

    private async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(IContractTenant tenant, IEnumerable<(string ExternalId, string Name)> records)
    {
        var upserts = records
            .Select(r => new RecordUpsert(r.ExternalId, new Dictionary<string, JsonElement> { [Target.NameField] = JsonSerializer.SerializeToElement(r.Name) }))
            .ToList();
        return await tenant.Connector.Writer.UpsertAsync(Target.Name, Target.ExternalIdField, upserts, WriteLane.Bulk, TestContext.Current.CancellationToken);
    }

    private async Task<List<SourceRecord>> StreamAsync(IContractTenant tenant, RecordStreamOptions options)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in tenant.Connector.Reader.StreamAsync(Target.Name, [Target.NameField, Target.ExternalIdField], options, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    private static void AssertAllSucceeded(IReadOnlyList<RecordWriteResult> results, string what)
    {
        var failed = results.Where(r => !r.Succeeded).ToList();
        Assert.True(failed.Count == 0, $"{what}: {failed.Count} of {results.Count} failed, first: {failed.FirstOrDefault()?.Failure}");
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Id), $"{what}: {r.Key} has no id"));
    }
}

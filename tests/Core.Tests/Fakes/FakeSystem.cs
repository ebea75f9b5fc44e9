using System.Text.Json;
using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Core.Tests.Fakes;

/// <summary>
/// An in-memory SaaS system: records with versions, upserts by external id, deletes, and a change feed that reports
/// every change, our own writes included (with our client id as origin), so echoes come back as in real life.
/// </summary>
internal sealed class FakeSystem(string name, string idPrefix) : IRecordReader, IRecordWriter
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Dictionary<(string Object, string Id), FakeRecord> _records = [];
    private readonly List<ChangeEvent> _feed = [];
    private int _ticks;
    private int _nextId;

    public string Name { get; } = name;

    public string ClientId => $"engine-{Name}";

    public int MaxBatchSize { get; set; } = 200;

    public int ReadCalls { get; private set; }

    public List<int> UpsertBatchSizes { get; } = [];

    public int RecordsWritten { get; private set; }

    public int DeleteCalls { get; private set; }

    /// <summary>Failures returned for an external id, consumed one per write attempt.</summary>
    public Dictionary<string, Queue<WriteFailure>> Failures { get; } = [];

    public string Create(string objectName, params (string Field, object? Value)[] fields)
    {
        var id = $"{idPrefix}{++_nextId:000}";
        _records[(objectName, id)] = new FakeRecord(id, fields.ToDictionary(f => f.Field, f => Json.Of(f.Value)), Tick(), false);
        Emit(objectName, id, ChangeKind.Create, null);
        return id;
    }

    public void Edit(string objectName, string id, string field, object? value)
    {
        var record = _records[(objectName, id)];
        record.Fields[field] = Json.Of(value);
        record.Version = Tick();
        Emit(objectName, id, ChangeKind.Update, null);
    }

    public void Remove(string objectName, string id)
    {
        _records[(objectName, id)].Deleted = true;
        Tick();
        Emit(objectName, id, ChangeKind.Delete, null);
    }

    public void Merge(string objectName, string survivor, string loser)
    {
        _records[(objectName, loser)].Deleted = true;
        _records[(objectName, survivor)].Version = Tick();
        _feed.Add(Event(objectName, [survivor, loser], ChangeKind.Merge, null));
    }

    public bool Exists(string objectName, string id) => _records.TryGetValue((objectName, id), out var r) && !r.Deleted;

    public string Value(string objectName, string id, string field) =>
        _records.TryGetValue((objectName, id), out var r) && r.Fields.TryGetValue(field, out var v) ? Json.Text(v) : "(missing)";

    public IReadOnlyList<string> Ids(string objectName) =>
        [.. _records.Where(r => r.Key.Object == objectName && !r.Value.Deleted).Select(r => r.Key.Id).Order(StringComparer.Ordinal)];

    public string? IdByField(string objectName, string field, string value) =>
        _records.Where(r => r.Key.Object == objectName && !r.Value.Deleted && Json.Text(r.Value.Fields.GetValueOrDefault(field)) == value)
            .Select(r => r.Key.Id).SingleOrDefault();

    public RecordVersion VersionOf(string objectName, string id) => _records[(objectName, id)].Version;

    /// <summary>The change notifications emitted since the last call.</summary>
    public List<ChangeEvent> TakeFeed()
    {
        var taken = _feed.ToList();
        _feed.Clear();
        return taken;
    }

    public Task<IReadOnlyList<SourceRecord>> ReadByIdsAsync(
        string objectName, IReadOnlyCollection<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ReadCalls++;
        IReadOnlyList<SourceRecord> found = [.. ids
            .Where(id => Exists(objectName, id))
            .Select(id => _records[(objectName, id)].ToSource(objectName))];
        return Task.FromResult(found);
    }

    public async IAsyncEnumerable<SourceRecord> StreamAsync(
        string objectName, IReadOnlyCollection<string> fields, RecordStreamOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var id in Ids(objectName))
        {
            var record = _records[(objectName, id)];
            if (options.ModifiedSince is null || record.Version.ModifiedAt >= options.ModifiedSince)
            {
                yield return record.ToSource(objectName);
            }
        }
    }

    public Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName, string externalIdField, IReadOnlyList<RecordUpsert> records, WriteLane lane, CancellationToken cancellationToken)
    {
        UpsertBatchSizes.Add(records.Count);
        var results = new List<RecordWriteResult>();
        foreach (var upsert in records)
        {
            if (Failures.TryGetValue(upsert.ExternalId, out var failures) && failures.Count > 0)
            {
                results.Add(new RecordWriteResult(upsert.ExternalId, null, false, failures.Dequeue()));
                continue;
            }

            if (externalIdField == RecordIdKey.Field && !Exists(objectName, upsert.ExternalId))
            {
                results.Add(new RecordWriteResult(upsert.ExternalId, null, false, new WriteFailure("NOT_FOUND", $"no {objectName} {upsert.ExternalId}", false, [])));
                continue;
            }

            var id = externalIdField == RecordIdKey.Field ? upsert.ExternalId : IdByField(objectName, externalIdField, upsert.ExternalId);
            var created = id is null;
            if (created)
            {
                id = $"{idPrefix}{++_nextId:000}";
                _records[(objectName, id)] = new FakeRecord(id, new Dictionary<string, JsonElement> { [externalIdField] = Json.Of(upsert.ExternalId) }, Tick(), false);
            }

            var record = _records[(objectName, id!)];
            foreach (var (field, value) in upsert.Fields)
            {
                record.Fields[field] = value;
            }

            record.Version = Tick();
            RecordsWritten++;
            Emit(objectName, id!, created ? ChangeKind.Create : ChangeKind.Update, new ChangeOrigin("API", ClientId));
            results.Add(new RecordWriteResult(upsert.ExternalId, id, created, null));
        }

        return Task.FromResult<IReadOnlyList<RecordWriteResult>>(results);
    }

    public Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(string objectName, IReadOnlyList<string> ids, WriteLane lane, CancellationToken cancellationToken)
    {
        DeleteCalls++;
        foreach (var id in ids.Where(id => Exists(objectName, id)))
        {
            _records[(objectName, id)].Deleted = true;
            Emit(objectName, id, ChangeKind.Delete, new ChangeOrigin("API", ClientId));
        }

        return Task.FromResult<IReadOnlyList<RecordWriteResult>>([.. ids.Select(id => new RecordWriteResult(id, id, false, null))]);
    }

    private RecordVersion Tick() => new(Epoch.AddSeconds(++_ticks));

    private void Emit(string objectName, string id, ChangeKind kind, ChangeOrigin? origin) => _feed.Add(Event(objectName, [id], kind, origin));

    private ChangeEvent Event(string objectName, IReadOnlyList<string> ids, ChangeKind kind, ChangeOrigin? origin) =>
        new(Name, objectName, ids, kind, Epoch.AddSeconds(_ticks), new StreamPosition(Name, _ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{Name}-{_ticks}-{ids[0]}", origin);
}

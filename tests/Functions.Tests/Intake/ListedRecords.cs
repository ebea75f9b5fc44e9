using System.Runtime.CompilerServices;
using System.Text.Json;
using Integration.Core.Records;

namespace Integration.Functions.Tests.Intake;

/// <summary>A reader whose stream lists fixed records and remembers the modified-since it was asked for.</summary>
internal sealed class ListedRecords(params string[] ids) : IRecordReader
{
    public List<DateTimeOffset?> Since { get; } = [];

    public Task<IReadOnlyList<SourceRecord>> ReadByIdsAsync(string objectName, IReadOnlyCollection<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The sweep only streams.");

    public async IAsyncEnumerable<SourceRecord> StreamAsync(
        string objectName, IReadOnlyCollection<string> fields, RecordStreamOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Since.Add(options.ModifiedSince);
        foreach (var id in ids)
        {
            await Task.Yield();
            yield return new SourceRecord(objectName, id, new Dictionary<string, JsonElement>(), new RecordVersion(DateTimeOffset.UnixEpoch.AddDays(1)));
        }
    }
}

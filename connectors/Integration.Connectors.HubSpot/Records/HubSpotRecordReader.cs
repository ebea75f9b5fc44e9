using Integration.Connectors.HubSpot.Batch;
using Integration.Connectors.HubSpot.Connections;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// Reads HubSpot records: by ids through batch read (100 per request, live lane), and every
/// record of an object through search windows (bulk lane), see <c>HubSpotRecordReader.Stream.cs</c>.
/// </summary>
internal sealed partial class HubSpotRecordReader(HubSpotClients clients, HubSpotConnectionOptions settings) : IRecordReader
{
    private const int BatchLimit = 100;
    private const int ListLimit = 100;

    public async Task<IReadOnlyList<SourceRecord>> ReadByIdsAsync(
        string objectName,
        IReadOnlyCollection<string> ids,
        IReadOnlyCollection<string> fields,
        CancellationToken cancellationToken)
    {
        var properties = WithSystemProperties(objectName, fields);
        var records = new List<SourceRecord>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(BatchLimit))
        {
            var request = new BatchReadRequest(chunk.Select(id => new BatchId(id)).ToList(), properties);
            // Missing ids come back as a 207 whose errors name them; the port leaves them out.
            var response = await clients.Batch.ReadAsync(objectName, request, archived: null, WriteLane.Live, cancellationToken);
            records.AddRange(response.Results.Select(item => HubSpotPropertyValues.ToRecord(objectName, item)));
        }

        return records;
    }

    private static List<string> WithSystemProperties(string objectName, IReadOnlyCollection<string> fields)
    {
        var properties = new List<string>(fields);
        foreach (var system in new[] { HubSpotModificationProperty.ObjectId, HubSpotModificationProperty.For(objectName) })
        {
            if (!properties.Contains(system, StringComparer.OrdinalIgnoreCase))
            {
                properties.Add(system);
            }
        }

        return properties;
    }
}

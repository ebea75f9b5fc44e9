using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// The status blob of one timer where the platform's <c>StorageScheduleMonitor</c> keeps it:
/// <c>timers/{hostId}/Host.Functions.{FunctionName}/status</c> in the hosts container, JSON
/// <c>{"Last":…,"Next":…,"LastUpdated":…}</c>.
/// </summary>
internal sealed class TimerStatusBlob
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly BlobContainerClient _container;
    private readonly BlobClient _blob;

    public TimerStatusBlob(BlobContainerClient container, string hostId, string functionName)
    {
        _container = container;
        BlobName = $"timers/{hostId}/Host.Functions.{functionName}/status";
        _blob = container.GetBlobClient(BlobName);
    }

    /// <summary>The blob's name inside the container.</summary>
    public string BlobName { get; }

    /// <summary>The stored status, or null when none was recorded (no blob or no container).</summary>
    /// <exception cref="JsonException">The blob does not hold a status.</exception>
    public async Task<TimerScheduleStatus?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await _blob.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<TimerScheduleStatus>(Json)
                ?? throw new JsonException($"Blob '{BlobName}' holds 'null' instead of a schedule status.");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="status"/>, creating the container when it is missing.</summary>
    public async Task WriteAsync(TimerScheduleStatus status, CancellationToken cancellationToken)
    {
        var content = BinaryData.FromObjectAsJson(status, Json);
        try
        {
            await _blob.UploadAsync(content, overwrite: true, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await _blob.UploadAsync(content, overwrite: true, cancellationToken);
        }
    }
}

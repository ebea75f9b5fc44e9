using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// The blob lease that makes a timer's listener a singleton across instances, where the platform's
/// <c>SingletonListener</c> / <c>BlobLeaseDistributedLockManager</c> keep it:
/// <c>locks/{hostId}/Host.Functions.{FunctionName}.Listener</c> in the hosts container.
/// </summary>
internal sealed class TimerListenerLease
{
    private readonly BlobContainerClient _container;
    private readonly BlobClient _blob;
    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _period;

    public TimerListenerLease(BlobContainerClient container, string hostId, string functionName, TimeSpan period)
    {
        _container = container;
        _period = period;
        BlobName = $"locks/{hostId}/Host.Functions.{functionName}.Listener";
        _blob = container.GetBlobClient(BlobName);
        _lease = _blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
    }

    /// <summary>The lock blob's name inside the container.</summary>
    public string BlobName { get; }

    /// <summary>Acquires the lease; false when another instance holds it.</summary>
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _lease.AcquireAsync(_period, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await CreateLockBlobAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        try
        {
            await _lease.AcquireAsync(_period, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Renews the lease.</summary>
    /// <exception cref="RequestFailedException">Status 409 or 412 when the lease was lost to another instance.</exception>
    public Task RenewAsync(CancellationToken cancellationToken) => _lease.RenewAsync(cancellationToken: cancellationToken);

    /// <summary>Releases the lease so that another instance can take over at once; a lease already lost is fine.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _lease.ReleaseAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Expired and taken by another instance, or removed: there is nothing left to release.
        }
    }

    private async Task CreateLockBlobAsync(CancellationToken cancellationToken)
    {
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await _blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance created it (and may hold its lease) meanwhile.
        }
    }
}

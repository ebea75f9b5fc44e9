namespace Integration.Functions.Admin.Status;

/// <summary>Per change stream: position, lag and last event time.</summary>
public interface IStreamStatusSource
{
    /// <summary>Every stream with a committed checkpoint, by name.</summary>
    Task<IReadOnlyList<StreamStatus>> ListAsync(CancellationToken cancellationToken);
}

using Integration.Core.CrossReference;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// The real cross-reference store, except that storing a new pair takes <paramref name="lag"/> longer, as a slow or
/// retried table write would: the window in which our own write's notification can overtake its row.
/// </summary>
internal sealed class LaggingCrossReferenceStore(ICrossReferenceStore inner, TimeSpan lag) : ICrossReferenceStore
{
    public Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetAsync(
        string mapping, SyncSide side, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        inner.GetAsync(mapping, side, ids, cancellationToken);

    public async Task<CrossReferenceEntry?> TryUpsertAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        if (entry.ETag is null)
        {
            await Task.Delay(lag, TimeProvider.System, cancellationToken);
        }

        return await inner.TryUpsertAsync(entry, cancellationToken);
    }

    public Task<bool> TryDeleteAsync(CrossReferenceEntry entry, CancellationToken cancellationToken) => inner.TryDeleteAsync(entry, cancellationToken);
}

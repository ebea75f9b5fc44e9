namespace Integration.Core.Records;

/// <summary>The outcome of one record's write, in the order the writes were given.</summary>
/// <param name="Key">The external id (upserts) or the record id (deletes) the result belongs to.</param>
/// <param name="Id">The destination record's id on success.</param>
/// <param name="Created">Whether an upsert created the record (false: updated).</param>
/// <param name="Failure">Why it failed; null on success.</param>
public sealed record RecordWriteResult(string Key, string? Id, bool Created, WriteFailure? Failure)
{
    /// <summary>Whether the write succeeded.</summary>
    public bool Succeeded => Failure is null;
}

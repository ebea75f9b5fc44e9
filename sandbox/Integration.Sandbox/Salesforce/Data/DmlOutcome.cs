namespace Integration.Sandbox.Salesforce.Data;

/// <summary>The result of one DML operation on one record; <see cref="Created"/> is set by upserts only.</summary>
internal sealed record DmlOutcome(string? Id, IReadOnlyList<DmlError> Errors, bool? Created = null)
{
    public bool Success => Errors.Count == 0;

    public static DmlOutcome Ok(string id, bool? created = null) => new(id, [], created);

    public static DmlOutcome Fail(DmlError error) => new(null, [error]);
}

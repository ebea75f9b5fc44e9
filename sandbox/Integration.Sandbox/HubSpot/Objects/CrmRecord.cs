namespace Integration.Sandbox.HubSpot.Objects;

/// <summary>One stored object. Property values are strings, as HubSpot keeps and returns them.</summary>
internal sealed class CrmRecord(long id, DateTimeOffset createdAt)
{
    public long Id { get; } = id;

    public Dictionary<string, string?> Properties { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    /// <summary>When the record was archived; null while live.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public bool Archived => ArchivedAt is not null;

    public string? Get(string property) => Properties.GetValueOrDefault(property);
}

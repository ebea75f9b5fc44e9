namespace Integration.Core.Records;

/// <summary>
/// The version of a record as its system stamps it (Salesforce <c>SystemModstamp</c>, HubSpot
/// <c>updatedAt</c>, NetSuite <c>lastmodifieddate</c>), for the version guard: a write carrying an
/// older version than the one applied is dropped.
/// </summary>
/// <param name="ModifiedAt">The modification stamp.</param>
public readonly record struct RecordVersion(DateTimeOffset ModifiedAt) : IComparable<RecordVersion>
{
    /// <inheritdoc />
    public int CompareTo(RecordVersion other) => ModifiedAt.CompareTo(other.ModifiedAt);

    /// <summary>Whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    public static bool operator <(RecordVersion left, RecordVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    public static bool operator >(RecordVersion left, RecordVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is not newer than <paramref name="right"/>.</summary>
    public static bool operator <=(RecordVersion left, RecordVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is not older than <paramref name="right"/>.</summary>
    public static bool operator >=(RecordVersion left, RecordVersion right) => left.CompareTo(right) >= 0;
}

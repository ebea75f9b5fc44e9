namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// How far one SuiteQL stamp column (lastmodifieddate, deleteddate) has been read: every row stamped
/// before <see cref="Through"/> was seen, except late commits that the overlap re-reads; <see cref="Seen"/>
/// holds the (id, stamp) keys already yielded inside the overlap window, for de-duplication.
/// </summary>
/// <param name="Through">The instant (UTC, whole seconds) read up to.</param>
/// <param name="Seen">Keys <c>id@unixSeconds</c> of rows yielded with stamps inside the overlap window.</param>
internal sealed record SuiteQlWatermark(DateTimeOffset Through, IReadOnlyList<string> Seen)
{
    public static string Key(string id, DateTimeOffset stamp) => $"{id}@{stamp.ToUnixTimeSeconds()}";

    public static DateTimeOffset StampOf(string key) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(key[(key.LastIndexOf('@') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Keeps only the keys a later poll can still return (stamp at or after <paramref name="floor"/>, that poll's
    /// lower bound), newest first, at most <paramref name="maxKeys"/>.
    /// </summary>
    public static SuiteQlWatermark Create(DateTimeOffset through, IEnumerable<string> seen, DateTimeOffset floor, int maxKeys)
    {
        var kept = seen
            .Select(key => (Key: key, Stamp: StampOf(key)))
            .Where(entry => entry.Stamp >= floor)
            .OrderByDescending(entry => entry.Stamp)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(maxKeys)
            .Select(entry => entry.Key)
            .ToList();
        return new SuiteQlWatermark(through, kept);
    }
}

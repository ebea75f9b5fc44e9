using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Integration.Connectors.NetSuite.Api;

namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>
/// An in-memory NetSuite answering the poller's SuiteQL: rows stamped at whole seconds, datetimes shown
/// and read in the token user's <paramref name="zone"/>. A literal in a repeated (fall-back) hour is read
/// as the later of its two instants: the reading that hurts a poller most.
/// </summary>
internal sealed partial class FakeSuiteQl(TimeZoneInfo zone) : INetSuiteQueryApi
{
    private readonly List<(string Table, string Id, DateTimeOffset Stamp, string? Type)> _rows = [];

    public List<(string Query, int Limit, int Offset)> Requests { get; } = [];

    /// <summary>Creates or modifies a record: its lastmodifieddate becomes <paramref name="at"/>, floored to the second.</summary>
    public void Modify(string table, string id, DateTimeOffset at)
    {
        _rows.RemoveAll(row => row.Table == table && row.Id == id);
        _rows.Add((table, id, Floor(at), null));
    }

    public void Delete(string table, string deletedType, string id, DateTimeOffset at)
    {
        _rows.RemoveAll(row => row.Table == table && row.Id == id);
        _rows.Add(("deletedrecord", id, Floor(at), deletedType));
    }

    public Task<SuiteQlPage> QueryAsync(SuiteQlRequest query, int limit, int offset, CancellationToken cancellationToken)
    {
        Requests.Add((query.Q, limit, offset));
        var table = From().Match(query.Q).Groups[1].Value;
        var type = TypeFilter().Match(query.Q) is { Success: true } match ? match.Groups[1].Value : null;
        var lower = Instant(Lower().Match(query.Q).Groups[1].Value);
        var upper = Instant(Upper().Match(query.Q).Groups[1].Value);
        var matching = _rows
            .Where(row => row.Table == table && (type is null || row.Type == type) && row.Stamp >= lower && row.Stamp < upper)
            .OrderBy(row => row.Stamp).ThenBy(row => long.Parse(row.Id, CultureInfo.InvariantCulture))
            .ToList();
        var items = matching.Skip(offset).Take(limit).Select(row => new Dictionary<string, JsonElement>
        {
            ["id"] = JsonSerializer.SerializeToElement(row.Id),
            ["stamp"] = JsonSerializer.SerializeToElement(TimeZoneInfo.ConvertTime(row.Stamp, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        }).ToList();
        return Task.FromResult(new SuiteQlPage([], items.Count, offset + items.Count < matching.Count, items, offset, matching.Count));
    }

    private DateTimeOffset Instant(string literal)
    {
        var local = DateTime.ParseExact(literal, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Min() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static DateTimeOffset Floor(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    [GeneratedRegex(@"FROM (\w+)")]
    private static partial Regex From();

    [GeneratedRegex(@"\(type = '(\w+)'\)")]
    private static partial Regex TypeFilter();

    [GeneratedRegex(@">= TO_DATE\('([^']+)'")]
    private static partial Regex Lower();

    [GeneratedRegex(@"< TO_DATE\('([^']+)'")]
    private static partial Regex Upper();
}

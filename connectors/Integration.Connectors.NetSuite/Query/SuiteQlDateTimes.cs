using System.Globalization;

namespace Integration.Connectors.NetSuite.Query;

/// <summary>
/// SuiteQL datetimes: NetSuite returns and reads them in the token user's time zone, at second
/// granularity. Columns are projected with <c>TO_CHAR(col, 'YYYY-MM-DD HH24:MI:SS')</c> (sortable, with
/// seconds) and literals written as <c>TO_DATE('…', 'YYYY-MM-DD HH24:MI:SS')</c> in that zone.
/// </summary>
internal sealed class SuiteQlDateTimes(TimeZoneInfo zone)
{
    public const string SqlFormat = "YYYY-MM-DD HH24:MI:SS";
    private const string NetFormat = "yyyy-MM-dd HH:mm:ss";

    public TimeZoneInfo Zone => zone;

    public static string ToChar(string column) => $"TO_CHAR({column}, '{SqlFormat}')";

    public static DateTimeOffset FloorToSecond(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>
    /// The instant of a stamp NetSuite returned. In a repeated (fall-back) hour the earlier instant is
    /// taken, so that a cursor built from it never runs ahead of the record.
    /// </summary>
    public DateTimeOffset Parse(string stamp)
    {
        var local = DateTime.ParseExact(stamp.Trim(), NetFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The stamp text (in the zone) of an instant, floored to the second.</summary>
    public string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(FloorToSecond(instant), zone).ToString(NetFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// A literal for an inclusive lower bound at or before <paramref name="instant"/>. A local time in a
    /// repeated hour could be read as the later of its two instants, so the bound steps back out of it.
    /// </summary>
    public string LowerBound(DateTimeOffset instant) => Literal(Format(LowerBoundInstant(instant)));

    /// <summary>The instant <see cref="LowerBound"/> stands for: floored to the second, stepped back out of a repeated hour.</summary>
    public DateTimeOffset LowerBoundInstant(DateTimeOffset instant)
    {
        var bound = FloorToSecond(instant);
        while (zone.IsAmbiguousTime(TimeZoneInfo.ConvertTime(bound, zone).DateTime))
        {
            bound = bound.AddHours(-1);
        }

        return bound;
    }

    /// <summary>A literal for an exclusive upper bound at <paramref name="instant"/> (floored to the second).</summary>
    public string UpperBound(DateTimeOffset instant) => Literal(Format(instant));

    private static string Literal(string stamp) => $"TO_DATE('{stamp}', '{SqlFormat}')";
}

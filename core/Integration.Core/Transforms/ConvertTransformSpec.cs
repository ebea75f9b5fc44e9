namespace Integration.Core.Transforms;

/// <summary><c>convert</c>: a value converted to another type.</summary>
/// <param name="To">The target type.</param>
/// <param name="Scale">Decimal places for <see cref="ConvertTarget.ExactDecimal"/>; null keeps every digit.</param>
/// <param name="Rounding">Rounding to <paramref name="Scale"/>. Default <see cref="DecimalRounding.HalfEven"/>.</param>
/// <param name="SourceTimeZone">IANA zone in which a source date-time without an offset is read. Default UTC.</param>
/// <param name="TimeZone">IANA zone in which the destination value is expressed (a date is the calendar day there). Default UTC.</param>
/// <param name="Format">An optional .NET format string for reading (and, for strings, writing) the value.</param>
/// <remarks>
/// Null and missing values stay null; blank strings are null for every target except <c>string</c>, which keeps
/// strings unchanged. Dates and date-times read <c>yyyy-MM-dd</c> (a date), ISO 8601 date-times with <c>T</c> or a space
/// and an offset (<c>Z</c>, <c>+05:30</c>, Salesforce's <c>+0000</c>) or none (read in <paramref name="SourceTimeZone"/>),
/// and epoch milliseconds (JSON numbers or digit strings, as HubSpot sends). A wall-clock time that occurs twice
/// (clocks go back) is the earlier instant; one that never occurs (clocks go forward) moves forward by the gap.
/// A date is the calendar day in <paramref name="TimeZone"/>, except that a date-only input stays that date; a
/// date-time is written <c>yyyy-MM-ddTHH:mm:ss.fffzzz</c> in <paramref name="TimeZone"/> (sub-millisecond digits
/// truncated). <paramref name="Format"/> replaces the standard string forms when reading dates (numbers stay epoch
/// milliseconds); for <c>string</c> it writes numbers and dates. Settings a target does not use (a scale on a date,
/// a time zone or format on a number) are rejected when compiled, not ignored.
/// </remarks>
public sealed record ConvertTransformSpec(
    ConvertTarget To,
    int? Scale = null,
    DecimalRounding Rounding = DecimalRounding.HalfEven,
    string? SourceTimeZone = null,
    string? TimeZone = null,
    string? Format = null) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Convert;
}

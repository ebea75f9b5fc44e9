using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConvertToDateTests
{
    private static ConvertTransformSpec ToDate(string? timeZone = null, string? sourceTimeZone = null, string? format = null) =>
        new(ConvertTarget.Date, SourceTimeZone: sourceTimeZone, TimeZone: timeZone, Format: format);

    [Theory]
    [InlineData("\"2026-11-23\"", null, "\"2026-11-23\"")]
    [InlineData("\"2026-11-23\"", "Pacific/Auckland", "\"2026-11-23\"")]
    [InlineData("\"2026-11-23\"", "America/New_York", "\"2026-11-23\"")]
    [InlineData("\" 2026-11-23 \"", null, "\"2026-11-23\"")]
    [InlineData("\"2026-11-23T10:15:30.000+0000\"", null, "\"2026-11-23\"")]
    [InlineData("\"2026-11-23T10:15:30.000+0000\"", "America/New_York", "\"2026-11-23\"")]
    [InlineData("\"2026-11-23T02:15:30.000+0000\"", "America/New_York", "\"2026-11-22\"")]
    [InlineData("\"2026-11-23T02:15:30.000+0000\"", null, "\"2026-11-23\"")]
    [InlineData("\"2026-11-23T12:30:00Z\"", "Pacific/Auckland", "\"2026-11-24\"")]
    [InlineData("\"2026-11-23T10:59:59Z\"", "Pacific/Auckland", "\"2026-11-23\"")]
    [InlineData("\"2026-11-23T20:00:00+00:00\"", "Asia/Kolkata", "\"2026-11-24\"")]
    [InlineData("\"2026-11-23T18:29:59Z\"", "Asia/Kolkata", "\"2026-11-23\"")]
    [InlineData("\"2026-11-24T01:00:00+05:30\"", null, "\"2026-11-23\"")]
    [InlineData("1795474800000", null, "\"2026-11-23\"")]
    [InlineData("1795474800000", "Asia/Kolkata", "\"2026-11-24\"")]
    [InlineData("\"1795474800000\"", "America/New_York", "\"2026-11-23\"")]
    [InlineData("0", null, "\"1970-01-01\"")]
    [InlineData("null", "Asia/Kolkata", "null")]
    [InlineData(Missing, null, "null")]
    [InlineData("\"\"", null, "null")]
    [InlineData("\"  \"", null, "null")]
    public void Date_is_the_calendar_day_in_the_time_zone(string source, string? timeZone, string expected) =>
        AssertValue(expected, Apply(ToDate(timeZone), source));

    [Theory]
    [InlineData("\"2026-11-23T23:30:00\"", null, null, "\"2026-11-23\"")]
    [InlineData("\"2026-11-23T23:30:00\"", "America/New_York", null, "\"2026-11-24\"")]
    [InlineData("\"2026-11-23T23:30:00\"", "America/New_York", "America/New_York", "\"2026-11-23\"")]
    [InlineData("\"2026-11-24 00:30\"", "Asia/Kolkata", null, "\"2026-11-23\"")]
    public void Date_of_a_time_without_offset_reads_it_in_the_source_time_zone(string source, string? sourceTimeZone, string? timeZone, string expected) =>
        AssertValue(expected, Apply(ToDate(timeZone, sourceTimeZone), source));

    [Theory]
    [InlineData("\"23/11/2026\"", "dd/MM/yyyy", null, "\"2026-11-23\"")]
    [InlineData("\"23/11/2026\"", "dd/MM/yyyy", "Pacific/Auckland", "\"2026-11-23\"")]
    [InlineData("\"11/23/2026 22:00\"", "MM/dd/yyyy HH:mm", null, "\"2026-11-23\"")]
    [InlineData("\"23.11.2026 12:30 +00:00\"", "dd.MM.yyyy HH:mm zzz", "Pacific/Auckland", "\"2026-11-24\"")]
    [InlineData("1795474800000", "dd/MM/yyyy", "Asia/Kolkata", "\"2026-11-24\"")]
    public void Date_with_a_format_reads_strings_with_that_format(string source, string format, string? timeZone, string expected) =>
        AssertValue(expected, Apply(ToDate(timeZone, format: format), source));

    [Theory]
    [InlineData("\"tomorrow\"", null, "value 'tomorrow' is not a date (expected yyyy-MM-dd, an ISO 8601 date-time or epoch milliseconds)")]
    [InlineData("\"23/11/2026\"", null, "value '23/11/2026' is not a date")]
    [InlineData("\"2026-02-30\"", null, "value '2026-02-30' is not a date")]
    [InlineData("\"2026-11-23\"", "dd/MM/yyyy", "value '2026-11-23' does not match the format 'dd/MM/yyyy'")]
    [InlineData("1.5", null, "number 1.5 is not epoch milliseconds")]
    [InlineData("99999999999999999999", null, "is not epoch milliseconds")]
    [InlineData("true", null, "true is not a date")]
    [InlineData("{\"d\":1}", null, "an object is not a date")]
    public void Date_of_an_unreadable_value_fails_naming_it(string source, string? format, string expectedError) =>
        AssertFailure(expectedError, Apply(ToDate(format: format), source));
}

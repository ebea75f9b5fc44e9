using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConvertToDateTimeTests
{
    private const string NewYork = "America/New_York";

    private static ConvertTransformSpec ToDateTime(string? timeZone = null, string? sourceTimeZone = null, string? format = null) =>
        new(ConvertTarget.DateTime, SourceTimeZone: sourceTimeZone, TimeZone: timeZone, Format: format);

    [Theory]
    [InlineData("\"2026-11-23T10:15:30.000+0000\"", null, "\"2026-11-23T10:15:30.000+00:00\"")]
    [InlineData("\"2026-11-23T10:15:30.000-0800\"", null, "\"2026-11-23T18:15:30.000+00:00\"")]
    [InlineData("\"2026-11-23T10:15:30Z\"", NewYork, "\"2026-11-23T05:15:30.000-05:00\"")]
    [InlineData("\"2026-07-01T10:15:30Z\"", NewYork, "\"2026-07-01T06:15:30.000-04:00\"")]
    [InlineData("\"2026-11-23T10:15:30.123+01:00\"", "Asia/Kolkata", "\"2026-11-23T14:45:30.123+05:30\"")]
    [InlineData("\"2026-11-23T12:30:00Z\"", "Pacific/Auckland", "\"2026-11-24T01:30:00.000+13:00\"")]
    [InlineData("\"2026-07-23T12:30:00Z\"", "Pacific/Auckland", "\"2026-07-24T00:30:00.000+12:00\"")]
    [InlineData("\"2026-11-23T10:15:30.1239Z\"", null, "\"2026-11-23T10:15:30.123+00:00\"")]
    [InlineData("\"2026-11-23T10:15Z\"", null, "\"2026-11-23T10:15:00.000+00:00\"")]
    [InlineData("1795428930000", null, "\"2026-11-23T10:15:30.000+00:00\"")]
    [InlineData("\"1700000000000\"", null, "\"2023-11-14T22:13:20.000+00:00\"")]
    [InlineData("0", "Asia/Kolkata", "\"1970-01-01T05:30:00.000+05:30\"")]
    [InlineData("null", null, "null")]
    [InlineData(Missing, NewYork, "null")]
    [InlineData("\" \"", null, "null")]
    public void DateTime_of_an_instant_is_written_in_the_time_zone(string source, string? timeZone, string expected) =>
        AssertValue(expected, Apply(ToDateTime(timeZone), source));

    [Theory]
    [InlineData("\"2026-11-23\"", null, null, "\"2026-11-23T00:00:00.000+00:00\"")]
    [InlineData("\"2026-11-23\"", NewYork, null, "\"2026-11-23T05:00:00.000+00:00\"")]
    [InlineData("\"2026-11-23\"", NewYork, NewYork, "\"2026-11-23T00:00:00.000-05:00\"")]
    [InlineData("\"2026-11-23\"", "Pacific/Auckland", null, "\"2026-11-22T11:00:00.000+00:00\"")]
    [InlineData("\"2026-11-23T10:15:30\"", null, null, "\"2026-11-23T10:15:30.000+00:00\"")]
    [InlineData("\"2026-11-23 10:15:30\"", "Asia/Kolkata", null, "\"2026-11-23T04:45:30.000+00:00\"")]
    [InlineData("\"2026-11-23T10:15:30\"", NewYork, "Asia/Kolkata", "\"2026-11-23T20:45:30.000+05:30\"")]
    public void DateTime_of_a_date_or_time_without_offset_is_read_in_the_source_time_zone(
        string source, string? sourceTimeZone, string? timeZone, string expected) =>
        AssertValue(expected, Apply(ToDateTime(timeZone, sourceTimeZone), source));

    [Theory]
    [InlineData("\"2026-03-08T01:59:59\"", null, "\"2026-03-08T06:59:59.000+00:00\"")]
    [InlineData("\"2026-03-08T02:00:00\"", null, "\"2026-03-08T07:00:00.000+00:00\"")]
    [InlineData("\"2026-03-08T02:30:00\"", null, "\"2026-03-08T07:30:00.000+00:00\"")]
    [InlineData("\"2026-03-08T02:30:00\"", NewYork, "\"2026-03-08T03:30:00.000-04:00\"")]
    [InlineData("\"2026-03-08T03:00:00\"", null, "\"2026-03-08T07:00:00.000+00:00\"")]
    [InlineData("\"2026-11-01T00:59:59\"", null, "\"2026-11-01T04:59:59.000+00:00\"")]
    [InlineData("\"2026-11-01T01:30:00\"", null, "\"2026-11-01T05:30:00.000+00:00\"")]
    [InlineData("\"2026-11-01T01:30:00\"", NewYork, "\"2026-11-01T01:30:00.000-04:00\"")]
    [InlineData("\"2026-11-01T02:00:00\"", null, "\"2026-11-01T07:00:00.000+00:00\"")]
    public void DateTime_across_a_daylight_saving_change_resolves_gaps_forward_and_overlaps_to_the_earlier_instant(
        string source, string? timeZone, string expected) =>
        AssertValue(expected, Apply(ToDateTime(timeZone, NewYork), source));

    [Theory]
    [InlineData("\"23/11/2026 10:15\"", "dd/MM/yyyy HH:mm", NewYork, "\"2026-11-23T15:15:00.000+00:00\"")]
    [InlineData("\"23/11/2026\"", "dd/MM/yyyy", NewYork, "\"2026-11-23T05:00:00.000+00:00\"")]
    [InlineData("\"20261123101530+0530\"", "yyyyMMddHHmmsszzz", null, "\"2026-11-23T04:45:30.000+00:00\"")]
    public void DateTime_with_a_format_reads_strings_with_that_format(string source, string format, string? sourceTimeZone, string expected) =>
        AssertValue(expected, Apply(ToDateTime(sourceTimeZone: sourceTimeZone, format: format), source));

    [Theory]
    [InlineData("\"2026-11-23T25:00:00Z\"", "value '2026-11-23T25:00:00Z' is not a date")]
    [InlineData("\"next tuesday\"", "value 'next tuesday' is not a date")]
    [InlineData("false", "false is not a date")]
    [InlineData("[1]", "an array is not a date")]
    public void DateTime_of_an_unreadable_value_fails_naming_it(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(ToDateTime(), source));
}

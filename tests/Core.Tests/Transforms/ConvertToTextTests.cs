using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConvertToTextTests
{
    [Theory]
    [InlineData("\"Acme\"", "\"Acme\"")]
    [InlineData("\"  \"", "\"  \"")]
    [InlineData("\"Zoë+Ål\"", "\"Zoë+Ål\"")]
    [InlineData("42", "\"42\"")]
    [InlineData("-0.5", "\"-0.5\"")]
    [InlineData("2.50", "\"2.50\"")]
    [InlineData("1E-05", "\"0.00001\"")]
    [InlineData("1.5e3", "\"1500\"")]
    [InlineData("-2.5E+2", "\"-250\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("false", "\"false\"")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    public void Text_of_a_value_is_its_invariant_text(string source, string expected) =>
        AssertValue(expected, Apply(new ConvertTransformSpec(ConvertTarget.Text), source));

    [Theory]
    [InlineData("2.5", "0.00", null, "\"2.50\"")]
    [InlineData("\"2.5\"", "0.00", null, "\"2.50\"")]
    [InlineData("1234.5", "N2", null, "\"1,234.50\"")]
    [InlineData("1E+3", "0", null, "\"1000\"")]
    [InlineData("\"2026-11-23T02:00:00Z\"", "dd/MM/yyyy", "America/New_York", "\"22/11/2026\"")]
    [InlineData("\"2026-11-23T10:15:30.000+0000\"", "yyyy-MM-dd HH:mm zzz", "Asia/Kolkata", "\"2026-11-23 15:45 +05:30\"")]
    [InlineData("\"2026-11-23\"", "dd MMM yyyy", "Pacific/Auckland", "\"23 Nov 2026\"")]
    [InlineData("\"  \"", "0.00", null, "null")]
    [InlineData("true", "0.00", null, "\"true\"")]
    public void Text_with_a_format_formats_numbers_and_dates(string source, string format, string? timeZone, string expected) =>
        AssertValue(expected, Apply(new ConvertTransformSpec(ConvertTarget.Text, TimeZone: timeZone, Format: format), source));

    [Theory]
    [InlineData("\"Acme\"", "0.00", "value 'Acme' is neither a number nor a date to format with '0.00'")]
    [InlineData("\"2026-11-23\"", "N", "value '2026-11-23' is a date, which the format 'N' cannot write")]
    public void Text_with_a_format_of_an_unformattable_value_fails(string source, string format, string expectedError) =>
        AssertFailure(expectedError, Apply(new ConvertTransformSpec(ConvertTarget.Text, Format: format), source));

    [Theory]
    [InlineData("{\"a\":1}", "cannot convert an object to a string")]
    [InlineData("[1]", "cannot convert an array to a string")]
    public void Text_of_a_structured_value_fails(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(new ConvertTransformSpec(ConvertTarget.Text), source));
}

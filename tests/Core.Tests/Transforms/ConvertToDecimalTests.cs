using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConvertToDecimalTests
{
    [Theory]
    [InlineData("2.5", 2, DecimalRounding.HalfEven, "2.50")]
    [InlineData("\"2.5\"", 2, DecimalRounding.HalfEven, "2.50")]
    [InlineData("7", 2, DecimalRounding.HalfEven, "7.00")]
    [InlineData("2.345", 2, DecimalRounding.HalfEven, "2.34")]
    [InlineData("2.355", 2, DecimalRounding.HalfEven, "2.36")]
    [InlineData("2.3451", 2, DecimalRounding.HalfEven, "2.35")]
    [InlineData("-2.345", 2, DecimalRounding.HalfEven, "-2.34")]
    [InlineData("2.345", 2, DecimalRounding.HalfUp, "2.35")]
    [InlineData("-2.345", 2, DecimalRounding.HalfUp, "-2.35")]
    [InlineData("2.344", 2, DecimalRounding.HalfUp, "2.34")]
    [InlineData("2.349", 2, DecimalRounding.Down, "2.34")]
    [InlineData("-2.349", 2, DecimalRounding.Down, "-2.34")]
    [InlineData("2.5", 0, DecimalRounding.HalfEven, "2")]
    [InlineData("3.5", 0, DecimalRounding.HalfEven, "4")]
    [InlineData("2.5", 0, DecimalRounding.HalfUp, "3")]
    [InlineData("0.1", 4, DecimalRounding.HalfEven, "0.1000")]
    [InlineData("1e3", 1, DecimalRounding.HalfEven, "1000.0")]
    [InlineData("\" 19.999 \"", 2, DecimalRounding.Down, "19.99")]
    public void Decimal_with_a_scale_is_rounded_and_written_with_exactly_that_many_decimals(
        string source, int scale, DecimalRounding rounding, string expected) =>
        AssertValue(expected, Apply(new ConvertTransformSpec(ConvertTarget.ExactDecimal, scale, rounding), source));

    [Theory]
    [InlineData("1.50", "1.50")]
    [InlineData("\"1.50\"", "1.50")]
    [InlineData("1e3", "1000")]
    [InlineData("1234567890123456.123456789", "1234567890123456.123456789")]
    [InlineData("\"0.1\"", "0.1")]
    [InlineData("-0.000001", "-0.000001")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    [InlineData("\"\"", "null")]
    [InlineData("\"  \"", "null")]
    public void Decimal_without_a_scale_keeps_every_digit(string source, string expected) =>
        AssertValue(expected, Apply(new ConvertTransformSpec(ConvertTarget.ExactDecimal), source));

    [Theory]
    [InlineData("\"abc\"", "value 'abc' is not a decimal number")]
    [InlineData("\"1,5\"", "value '1,5' is not a decimal number")]
    [InlineData("1e300", "number 1e300 is outside the decimal range")]
    [InlineData("true", "cannot convert true to a decimal")]
    [InlineData("[2.5]", "cannot convert an array to a decimal")]
    public void Decimal_of_a_non_numeric_value_fails_naming_it(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(new ConvertTransformSpec(ConvertTarget.ExactDecimal, 2), source));
}

using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConvertToNumberTests
{
    private static readonly ConvertTransformSpec ToNumber = new(ConvertTarget.Number);

    [Theory]
    [InlineData("42", "42")]
    [InlineData("2.50", "2.5")]
    [InlineData("-1e3", "-1000")]
    [InlineData("\"3.14\"", "3.14")]
    [InlineData("\" 7 \"", "7")]
    [InlineData("\"-0.25\"", "-0.25")]
    [InlineData("\"1.5E3\"", "1500")]
    [InlineData("\"0.1\"", "0.1")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    [InlineData("\"\"", "null")]
    [InlineData("\"   \"", "null")]
    public void Number_of_a_numeric_value_is_a_double(string source, string expected) =>
        AssertValue(expected, Apply(ToNumber, source));

    [Theory]
    [InlineData("\"abc\"", "value 'abc' is not a number")]
    [InlineData("\"1,5\"", "value '1,5' is not a number")]
    [InlineData("\"12 apples\"", "value '12 apples' is not a number")]
    [InlineData("\"NaN\"", "value 'NaN' is not a finite number")]
    [InlineData("\"Infinity\"", "value 'Infinity' is not a finite number")]
    [InlineData("1e400", "value '1e400' is not a finite number")]
    [InlineData("true", "cannot convert true to a number")]
    [InlineData("{}", "cannot convert an object to a number")]
    public void Number_of_a_non_numeric_value_fails_naming_it(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(ToNumber, source));
}

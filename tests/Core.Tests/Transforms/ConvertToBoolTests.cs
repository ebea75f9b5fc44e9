using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConvertToBoolTests
{
    private static readonly ConvertTransformSpec ToBool = new(ConvertTarget.Bool);

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("1", "true")]
    [InlineData("0", "false")]
    [InlineData("1.0", "true")]
    [InlineData("\"true\"", "true")]
    [InlineData("\"FALSE\"", "false")]
    [InlineData("\"Yes\"", "true")]
    [InlineData("\"no\"", "false")]
    [InlineData("\"Y\"", "true")]
    [InlineData("\"n\"", "false")]
    [InlineData("\"1\"", "true")]
    [InlineData("\"0\"", "false")]
    [InlineData("\"On\"", "true")]
    [InlineData("\"OFF\"", "false")]
    [InlineData("\" yes \"", "true")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    [InlineData("\"\"", "null")]
    [InlineData("\"  \"", "null")]
    public void Bool_of_a_recognised_value_is_true_or_false(string source, string expected) =>
        AssertValue(expected, Apply(ToBool, source));

    [Theory]
    [InlineData("\"maybe\"", "value 'maybe' is not a boolean (expected true/false, yes/no, y/n, 1/0, on/off)")]
    [InlineData("\"2\"", "value '2' is not a boolean")]
    [InlineData("2", "number 2 is not a boolean (expected 1 or 0)")]
    [InlineData("-1", "number -1 is not a boolean")]
    [InlineData("{}", "cannot convert an object to a boolean")]
    public void Bool_of_an_unrecognised_value_fails_naming_it(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(ToBool, source));
}

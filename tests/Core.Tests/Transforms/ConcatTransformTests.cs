using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConcatTransformTests
{
    [Theory]
    [InlineData(" ", true, "\"Ada Lovelace\"", new[] { "\"Ada\"", "\"Lovelace\"" })]
    [InlineData(" ", true, "\"Ada Lovelace\"", new[] { "\"Ada\"", "null", "\"Lovelace\"" })]
    [InlineData(" ", true, "\"Ada Lovelace\"", new[] { "\"Ada\"", Missing, "\"  \"", "\"\"", "\"Lovelace\"" })]
    [InlineData(", ", true, "\"Oslo\"", new[] { "null", "\"Oslo\"" })]
    [InlineData("", true, "\"AB\"", new[] { "\"A\"", "\"B\"" })]
    [InlineData("-", true, "\"Unit-42-true-2.50\"", new[] { "\"Unit\"", "42", "true", "2.50" })]
    [InlineData(" ", true, "null", new[] { "null", Missing, "\" \"" })]
    [InlineData(" ", true, "null", new string[0])]
    [InlineData(",", false, "\"A,,C\"", new[] { "\"A\"", "null", "\"C\"" })]
    [InlineData(",", false, "\"A, ,C\"", new[] { "\"A\"", "\" \"", "\"C\"" })]
    [InlineData(",", false, "\",B\"", new[] { Missing, "\"B\"" })]
    [InlineData(",", false, "null", new[] { "null", "null" })]
    [InlineData(",", false, "null", new[] { "\"\"", "\" \"" })]
    public void Concat_joins_values_in_source_order(string separator, bool skipBlanks, string expected, string[] sources) =>
        AssertValue(expected, Apply(new ConcatTransformSpec(separator, skipBlanks), sources));

    [Theory]
    [InlineData("{\"a\":1}", "concat cannot join an object (source 2)")]
    [InlineData("[1]", "concat cannot join an array (source 2)")]
    public void Concat_of_a_structured_value_fails_naming_the_source(string second, string expectedError) =>
        AssertFailure(expectedError, Apply(new ConcatTransformSpec(), "\"a\"", second));
}

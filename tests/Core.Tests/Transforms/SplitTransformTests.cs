using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class SplitTransformTests
{
    [Theory]
    [InlineData("\"Ada Lovelace\"", " ", 0, "\"Ada\"")]
    [InlineData("\"Ada Lovelace\"", " ", 1, "\"Lovelace\"")]
    [InlineData("\"Ada King Lovelace\"", " ", -1, "\"Lovelace\"")]
    [InlineData("\"Ada King Lovelace\"", " ", -3, "\"Ada\"")]
    [InlineData("\"Ada Lovelace\"", " ", 2, "null")]
    [InlineData("\"Ada Lovelace\"", " ", -3, "null")]
    [InlineData("\"Lovelace\"", " ", 0, "\"Lovelace\"")]
    [InlineData("\"Lovelace, Ada\"", ",", 1, "\"Ada\"")]
    [InlineData("\"  Ada  \"", ",", 0, "\"Ada\"")]
    [InlineData("\"a,,c\"", ",", 1, "null")]
    [InlineData("\"a,,c\"", ",", 2, "\"c\"")]
    [InlineData("\"a, ,c\"", ",", 1, "null")]
    [InlineData("\"Sales - EMEA - North\"", " - ", 1, "\"EMEA\"")]
    [InlineData("12.50", ".", 1, "\"50\"")]
    [InlineData("null", " ", 0, "null")]
    [InlineData(Missing, " ", 0, "null")]
    [InlineData("\"\"", " ", 0, "null")]
    [InlineData("\"   \"", " ", -1, "null")]
    public void Split_is_the_trimmed_part_at_the_index(string source, string separator, int index, string expected) =>
        AssertValue(expected, Apply(new SplitTransformSpec(separator, index), source));

    [Fact]
    public void Split_of_an_object_fails() =>
        AssertFailure("split cannot split an object", Apply(new SplitTransformSpec(), "{\"a\":\"b c\"}"));
}

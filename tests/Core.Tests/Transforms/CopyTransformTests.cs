using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class CopyTransformTests
{
    private static readonly CopyTransformSpec Copy = new();

    [Theory]
    [InlineData("\"Acme\"", "\"Acme\"")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"  \"", "\"  \"")]
    [InlineData("42.50", "42.50")]
    [InlineData("true", "true")]
    [InlineData("{\"city\":\"Oslo\"}", "{\"city\":\"Oslo\"}")]
    [InlineData("[1,2]", "[1,2]")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    public void Copy_of_a_value_is_the_value_unchanged(string source, string expected) =>
        AssertValue(expected, Apply(Copy, source));

    [Fact]
    public void Copy_without_sources_is_null() => AssertValue("null", Apply(Copy));

    [Fact]
    public void Copy_of_two_sources_fails_naming_the_count() =>
        AssertFailure("copy takes one source value, got 2", Apply(Copy, "\"a\"", "\"b\""));
}

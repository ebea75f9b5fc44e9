using System.Text.Json;
using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ConstantTransformTests
{
    [Theory]
    [InlineData("\"Salesforce\"", new string[0])]
    [InlineData("\"Salesforce\"", new[] { "\"HubSpot\"" })]
    [InlineData("\"Salesforce\"", new[] { "null", "42" })]
    [InlineData("42", new[] { Missing })]
    [InlineData("false", new[] { "true" })]
    [InlineData("{\"tier\":1}", new[] { "\"x\"" })]
    [InlineData("null", new[] { "\"x\"" })]
    public void Constant_is_its_value_whatever_the_sources(string value, string[] sources) =>
        AssertValue(value, Apply(new ConstantTransformSpec(JsonElement.Parse(value)), sources));

    [Fact]
    public void Constant_with_an_undefined_value_is_null() =>
        AssertValue("null", Apply(new ConstantTransformSpec(default), "\"x\""));
}

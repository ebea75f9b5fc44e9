using System.Text.Json;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Transforms;

public sealed class TransformResultTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData("null", "null")]
    [InlineData("\"x\"", "\"x\"")]
    public void Success_of_an_undefined_or_null_value_is_json_null(string? json, string expected)
    {
        var result = TransformResult.Success(json is null ? default : JsonElement.Parse(json));

        Assert.Equal(TransformOutcome.Success, result.Outcome);
        Assert.Equal(expected, result.Value.GetRawText());
    }

    [Fact]
    public void Unresolved_carries_the_reference_and_no_error()
    {
        var result = TransformResult.Unresolved(new UnresolvedReference("Account", "001A"));

        Assert.False(result.IsSuccess);
        Assert.Null(result.Error);
        Assert.Equal("unresolved reference to Account '001A'", result.ToString());
    }

    [Fact]
    public void Failure_without_a_message_throws() =>
        Assert.Throws<ArgumentException>(() => TransformResult.Failure(" "));
}

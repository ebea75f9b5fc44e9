using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class LookupTransformTests
{
    private static readonly LookupTransformSpec AccountLookup = new("Account");

    private static FakeCrossReference CrossReference() => new FakeCrossReference()
        .With("Account", "001A000001", "9001")
        .With("Account", "4711", "hs-4711")
        .With("Contact", "001A000002", "wrong-object");

    [Theory]
    [InlineData("\"001A000001\"", "\"9001\"")]
    [InlineData("4711", "\"hs-4711\"")]
    [InlineData("\"4711\"", "\"hs-4711\"")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    [InlineData("\"\"", "null")]
    [InlineData("\"  \"", "null")]
    public void Lookup_of_a_resolved_or_empty_reference_is_the_destination_id(string source, string expected) =>
        AssertValue(expected, Apply(AccountLookup, CrossReference(), source));

    [Theory]
    [InlineData(false, "\"001A000002\"", "001A000002")]
    [InlineData(true, "\"001A000099\"", "001A000099")]
    [InlineData(false, "12", "12")]
    public void Lookup_of_an_unknown_reference_is_unresolved_not_failed(bool deferrable, string source, string expectedId)
    {
        var result = Apply(new LookupTransformSpec("Account", deferrable), CrossReference(), source);

        Assert.Equal(TransformOutcome.Unresolved, result.Outcome);
        Assert.Equal(new UnresolvedReference("Account", expectedId), result.Reference);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Lookup_asks_the_cross_reference_for_the_spec_object_and_source_id()
    {
        var crossReference = CrossReference();

        Apply(AccountLookup, crossReference, "\"001A000001\"");

        Assert.Equal([("Account", "001A000001")], crossReference.Asked);
    }

    [Fact]
    public void Lookup_of_a_null_reference_does_not_ask_the_cross_reference()
    {
        var crossReference = CrossReference();

        Apply(AccountLookup, crossReference, "null");

        Assert.Empty(crossReference.Asked);
    }

    [Theory]
    [InlineData("true", "lookup of Account needs a record id, got true")]
    [InlineData("{\"Id\":\"001\"}", "lookup of Account needs a record id, got an object")]
    public void Lookup_of_a_non_id_value_fails(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(AccountLookup, CrossReference(), source));

    [Fact]
    public void Lookup_without_a_context_throws_naming_the_object()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Apply(AccountLookup, "\"001A000001\""));

        Assert.Contains("lookup of Account needs a transform context", error.Message, StringComparison.Ordinal);
    }
}

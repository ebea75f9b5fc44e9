using Integration.Core.Transforms;
using static Integration.Core.Tests.Transforms.TransformHarness;

namespace Integration.Core.Tests.Transforms;

public sealed class ValueMapTransformTests
{
    private static readonly Dictionary<string, string?> Stages = new()
    {
        ["Prospect"] = "lead",
        ["Customer"] = "customer",
        ["Closed"] = null,
        ["1"] = "one",
        ["true"] = "yes",
    };

    private static ValueMapTransformSpec Spec(UnknownValueBehaviour onUnknown = UnknownValueBehaviour.Error, bool caseSensitive = true) =>
        new(Stages, onUnknown, Default: "other", CaseSensitive: caseSensitive);

    [Theory]
    [InlineData("\"Prospect\"", "\"lead\"")]
    [InlineData("\"Customer\"", "\"customer\"")]
    [InlineData("\"Closed\"", "null")]
    [InlineData("1", "\"one\"")]
    [InlineData("true", "\"yes\"")]
    [InlineData("null", "null")]
    [InlineData(Missing, "null")]
    [InlineData("\"\"", "null")]
    [InlineData("\"   \"", "null")]
    public void ValueMap_of_a_known_or_empty_value_is_the_mapped_value(string source, string expected) =>
        AssertValue(expected, Apply(Spec(), source));

    [Theory]
    [InlineData(true, "\"prospect\"", null)]
    [InlineData(false, "\"prospect\"", "\"lead\"")]
    [InlineData(false, "\"CUSTOMER\"", "\"customer\"")]
    [InlineData(false, "\"TRUE\"", "\"yes\"")]
    [InlineData(true, "\"Prospect \"", null)]
    [InlineData(false, "\" Prospect\"", null)]
    public void ValueMap_matches_case_only_when_case_sensitive_and_never_trims(bool caseSensitive, string source, string? expected)
    {
        var result = Apply(Spec(caseSensitive: caseSensitive), source);
        if (expected is null)
        {
            AssertFailure("is not in the value map", result);
        }
        else
        {
            AssertValue(expected, result);
        }
    }

    [Theory]
    [InlineData(UnknownValueBehaviour.Default, "\"Prospekt\"", "\"other\"")]
    [InlineData(UnknownValueBehaviour.Default, "2", "\"other\"")]
    [InlineData(UnknownValueBehaviour.PassThrough, "\"Prospekt\"", "\"Prospekt\"")]
    [InlineData(UnknownValueBehaviour.PassThrough, "2.50", "2.50")]
    [InlineData(UnknownValueBehaviour.PassThrough, "false", "false")]
    public void ValueMap_of_an_unknown_value_follows_onUnknown(UnknownValueBehaviour onUnknown, string source, string expected) =>
        AssertValue(expected, Apply(Spec(onUnknown), source));

    [Theory]
    [InlineData("\"Prospekt\"", "value 'Prospekt' is not in the value map (known: Prospect, Customer, Closed, 1, true)")]
    [InlineData("2", "value '2' is not in the value map (known: Prospect, Customer, Closed, 1, true)")]
    [InlineData("false", "value 'false' is not in the value map")]
    [InlineData("{\"a\":1}", "valueMap cannot map an object")]
    [InlineData("[\"Prospect\"]", "valueMap cannot map an array")]
    public void ValueMap_of_an_unknown_value_under_error_fails_naming_the_value(string source, string expectedError) =>
        AssertFailure(expectedError, Apply(Spec(), source));

    [Fact]
    public void ValueMap_with_default_behaviour_and_no_default_writes_null() =>
        AssertValue("null", Apply(new ValueMapTransformSpec(Stages, UnknownValueBehaviour.Default), "\"Prospekt\""));

    [Fact]
    public void ValueMap_error_lists_at_most_ten_known_values()
    {
        var map = Enumerable.Range(1, 12).ToDictionary(i => $"v{i}", string? (i) => $"w{i}");
        var result = Apply(new ValueMapTransformSpec(map), "\"v13\"");
        AssertFailure("value 'v13' is not in the value map (known: v1, v2, v3, v4, v5, v6, v7, v8, v9, v10 and 2 more)", result);
    }

    [Fact]
    public void ValueMap_error_on_an_empty_map_says_the_map_is_empty() =>
        AssertFailure("value 'x' is not in the value map (the map is empty)", Apply(new ValueMapTransformSpec(new Dictionary<string, string?>()), "\"x\""));
}

using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Mapping;

public sealed class InverseTransformTests
{
    public static TheoryData<string, FieldMapping, bool> Fields => new()
    {
        { "copy", new FieldMapping(["Name"], "name", new CopyTransformSpec()), true },
        { "lookup", new FieldMapping(["AccountId"], "company", new LookupTransformSpec("Account")), true },
        { "one-to-one valueMap", new FieldMapping(["S"], "s", new ValueMapTransformSpec(new Dictionary<string, string?> { ["a"] = "A", ["b"] = "B" })), true },
        { "valueMap with pass-through", new FieldMapping(["S"], "s", new ValueMapTransformSpec(new Dictionary<string, string?> { ["a"] = "A" }, UnknownValueBehaviour.PassThrough)), true },
        { "many-to-one valueMap", new FieldMapping(["S"], "s", new ValueMapTransformSpec(new Dictionary<string, string?> { ["a"] = "A", ["b"] = "A" })), false },
        { "valueMap to null", new FieldMapping(["S"], "s", new ValueMapTransformSpec(new Dictionary<string, string?> { ["a"] = null })), false },
        { "valueMap with default", new FieldMapping(["S"], "s", new ValueMapTransformSpec(new Dictionary<string, string?> { ["a"] = "A" }, UnknownValueBehaviour.Default, "Z")), false },
        { "case-insensitive collision", new FieldMapping(["S"], "s", new ValueMapTransformSpec(new Dictionary<string, string?> { ["a"] = "X", ["b"] = "x" }, CaseSensitive: false)), false },
        { "convert", new FieldMapping(["Amount"], "amount", new ConvertTransformSpec(ConvertTarget.Number)), false },
        { "concat", new FieldMapping(["First", "Last"], "name", new ConcatTransformSpec(" ")), false },
        { "split", new FieldMapping(["Name"], "first", new SplitTransformSpec(" ", 0)), false },
        { "constant", new FieldMapping([], "source", new ConstantTransformSpec(Fakes.Json.Of("sf"))), false },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void CanFlowBack_only_for_exactly_invertible_transforms(string kind, FieldMapping field, bool expected) =>
        Assert.True(expected == InverseTransform.CanFlowBack(field), $"{kind}: expected CanFlowBack {expected}");
}

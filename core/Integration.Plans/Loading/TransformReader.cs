using System.Text.Json;
using Integration.Core.Transforms;

namespace Integration.Plans.Loading;

/// <summary>Reads a field mapping's <c>transform</c> object into its <see cref="TransformSpec"/>.</summary>
internal static class TransformReader
{
    public static TransformSpec Read(JsonElement? transform)
    {
        if (transform is not { ValueKind: JsonValueKind.Object } t)
        {
            return new CopyTransformSpec();
        }

        return t.String("kind") switch
        {
            "valueMap" => new ValueMapTransformSpec(
                t.Member("map") is { } map ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString(), StringComparer.Ordinal) : new Dictionary<string, string?>(),
                t.Enum("onUnknown", PlanJsonNames.UnknownValueBehaviours, UnknownValueBehaviour.Error),
                t.StringOrNull("default"),
                t.Bool("caseSensitive", true)),
            "convert" => new ConvertTransformSpec(
                t.Enum("to", PlanJsonNames.ConvertTargets, ConvertTarget.Text),
                t.Member("scale") is { } scale ? (int)scale.GetDecimal() : null,
                t.Enum("rounding", PlanJsonNames.Roundings, DecimalRounding.HalfEven),
                t.StringOrNull("sourceTimeZone"),
                t.StringOrNull("timeZone"),
                t.StringOrNull("format")),
            "concat" => new ConcatTransformSpec(t.StringOrNull("separator") ?? " ", t.Bool("skipBlanks", true)),
            "split" => new SplitTransformSpec(t.StringOrNull("separator") ?? " ", t.Member("index") is { } index ? (int)index.GetDecimal() : 0),
            "constant" => new ConstantTransformSpec(t.TryGetProperty("value", out var value) ? value.Clone() : default),
            "lookup" => new LookupTransformSpec(t.String("object"), t.Bool("deferrable", false)),
            _ => new CopyTransformSpec(),
        };
    }
}

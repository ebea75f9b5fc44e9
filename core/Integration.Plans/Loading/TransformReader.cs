using System.Text.Json;
using Integration.Core.Transforms;

namespace Integration.Plans.Loading;

/// <summary>Reads a field mapping's <c>transform</c> object into its <see cref="TransformSpec"/> (copy when absent).</summary>
internal static class TransformReader
{
    public static TransformSpec Read(JsonElement transform) => transform.String("kind") switch
    {
        "valueMap" => new ValueMapTransformSpec(
            ReadMap(transform.ObjectOrEmpty("map")),
            transform.Enum("onUnknown", PlanJsonNames.UnknownValueBehaviours, UnknownValueBehaviour.Error),
            transform.StringOrNull("default"),
            transform.Bool("caseSensitive", true)),
        "convert" => new ConvertTransformSpec(
            transform.Enum("to", PlanJsonNames.ConvertTargets, ConvertTarget.Text),
            transform.Int32("scale"),
            transform.Enum("rounding", PlanJsonNames.Roundings, DecimalRounding.HalfEven),
            transform.StringOrNull("sourceTimeZone"),
            transform.StringOrNull("timeZone"),
            transform.StringOrNull("format")),
        "concat" => new ConcatTransformSpec(transform.StringOrNull("separator") ?? " ", transform.Bool("skipBlanks", true)),
        "split" => new SplitTransformSpec(transform.StringOrNull("separator") ?? " ", transform.Int32("index") ?? 0),
        "constant" => new ConstantTransformSpec(transform.TryGetProperty("value", out var value) ? value.Clone() : default),
        "lookup" => new LookupTransformSpec(transform.String("object"), transform.Bool("deferrable", false)),
        _ => new CopyTransformSpec(),
    };

    private static Dictionary<string, string?> ReadMap(JsonElement map) => map.ValueKind == JsonValueKind.Object
        ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null, StringComparer.Ordinal)
        : new Dictionary<string, string?>(StringComparer.Ordinal);
}

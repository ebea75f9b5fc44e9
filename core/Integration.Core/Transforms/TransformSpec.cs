using System.Text.Json;

namespace Integration.Core.Transforms;

/// <summary>
/// The declarative form of a field transform, as written in a plan. Plan JSON shape (the
/// <c>transform</c> object of a field mapping):
/// <list type="bullet">
/// <item><c>{"kind":"copy"}</c></item>
/// <item><c>{"kind":"valueMap","map":{"Prospect":"lead"},"onUnknown":"error"|"default"|"passThrough","default":"other","caseSensitive":true}</c></item>
/// <item><c>{"kind":"convert","to":"string"|"number"|"decimal"|"bool"|"date"|"datetime","scale":2,"rounding":"halfEven"|"halfUp"|"down","sourceTimeZone":"Europe/Paris","timeZone":"America/New_York","format":"yyyy-MM-dd"}</c></item>
/// <item><c>{"kind":"concat","separator":" ","skipBlanks":true}</c> with the field mapping's <c>sources</c> list</item>
/// <item><c>{"kind":"split","separator":" ","index":0}</c> (negative index counts from the end)</item>
/// <item><c>{"kind":"constant","value":&lt;any JSON value&gt;}</c></item>
/// <item><c>{"kind":"lookup","object":"Account","deferrable":false}</c>: the value is a source record id of the mapping whose source object is <c>object</c></item>
/// </list>
/// </summary>
public abstract record TransformSpec
{
    /// <summary>Which transform this is.</summary>
    public abstract TransformKind Kind { get; }
}

/// <summary><c>copy</c>: the value as it is.</summary>
public sealed record CopyTransformSpec : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Copy;
}

/// <summary>What a value map does with a value that is not in its map.</summary>
public enum UnknownValueBehaviour
{
    /// <summary>The record fails with a mapping error naming the value (strict; the default).</summary>
    Error,

    /// <summary>The map's <see cref="ValueMapTransformSpec.Default"/> is written instead.</summary>
    Default,

    /// <summary>The source value is written unchanged.</summary>
    PassThrough,
}

/// <summary><c>valueMap</c>: picklist values translated one to one.</summary>
/// <param name="Map">Source value to destination value.</param>
/// <param name="OnUnknown">What happens to a value missing from <paramref name="Map"/>. Default <see cref="UnknownValueBehaviour.Error"/>.</param>
/// <param name="Default">The value written for unknown values when <paramref name="OnUnknown"/> is <see cref="UnknownValueBehaviour.Default"/>.</param>
/// <param name="CaseSensitive">Whether source values match case-sensitively. Default true.</param>
public sealed record ValueMapTransformSpec(
    IReadOnlyDictionary<string, string?> Map,
    UnknownValueBehaviour OnUnknown = UnknownValueBehaviour.Error,
    string? Default = null,
    bool CaseSensitive = true) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.ValueMap;
}

/// <summary>The target types of a <c>convert</c> transform.</summary>
public enum ConvertTarget
{
    /// <summary>Text (invariant culture); <c>"string"</c> in plan JSON.</summary>
    Text,

    /// <summary>A floating-point number (double).</summary>
    Number,

    /// <summary>An exact decimal, rounded to <see cref="ConvertTransformSpec.Scale"/> places when given; <c>"decimal"</c> in plan JSON.</summary>
    ExactDecimal,

    /// <summary>A boolean: true/false, yes/no, 1/0, on/off (case-insensitive).</summary>
    Bool,

    /// <summary>A calendar date (no time, no zone), written <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An instant, written in ISO 8601 with an offset.</summary>
    DateTime,
}

/// <summary>How a decimal conversion rounds to its scale.</summary>
public enum DecimalRounding
{
    /// <summary>Banker's rounding (to even). The default, as the vendors' currency fields round.</summary>
    HalfEven,

    /// <summary>Half away from zero.</summary>
    HalfUp,

    /// <summary>Toward zero (truncate).</summary>
    Down,
}

/// <summary><c>convert</c>: a value converted to another type.</summary>
/// <param name="To">The target type.</param>
/// <param name="Scale">Decimal places for <see cref="ConvertTarget.ExactDecimal"/>; null keeps every digit.</param>
/// <param name="Rounding">Rounding to <paramref name="Scale"/>. Default <see cref="DecimalRounding.HalfEven"/>.</param>
/// <param name="SourceTimeZone">IANA zone in which a source date-time without an offset is read. Default UTC.</param>
/// <param name="TimeZone">IANA zone in which the destination value is expressed (a date is the calendar day there). Default UTC.</param>
/// <param name="Format">An optional .NET format string for reading (and, for strings, writing) the value.</param>
public sealed record ConvertTransformSpec(
    ConvertTarget To,
    int? Scale = null,
    DecimalRounding Rounding = DecimalRounding.HalfEven,
    string? SourceTimeZone = null,
    string? TimeZone = null,
    string? Format = null) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Convert;
}

/// <summary><c>concat</c>: the field mapping's source values joined in order.</summary>
/// <param name="Separator">Placed between values. Default a single space.</param>
/// <param name="SkipBlanks">Whether null or blank values are left out (so no doubled separators). Default true.</param>
public sealed record ConcatTransformSpec(string Separator = " ", bool SkipBlanks = true) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Concat;
}

/// <summary><c>split</c>: one part of the value split by a separator.</summary>
/// <param name="Separator">The separator. Default a single space.</param>
/// <param name="Index">Zero-based part; negative counts from the end (-1 is the last part).</param>
public sealed record SplitTransformSpec(string Separator = " ", int Index = 0) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Split;
}

/// <summary><c>constant</c>: always the same value.</summary>
/// <param name="Value">The JSON value written.</param>
public sealed record ConstantTransformSpec(JsonElement Value) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Constant;
}

/// <summary><c>lookup</c>: a reference to another mapped object, resolved through the cross-reference.</summary>
/// <param name="TargetObject">The source-side object the reference points to (<c>"object"</c> in plan JSON; it must have an object mapping in the plan).</param>
/// <param name="Deferrable">Whether the reference may be loaded as null and patched afterwards; only such a reference may close a dependency cycle.</param>
public sealed record LookupTransformSpec(string TargetObject, bool Deferrable = false) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Lookup;
}

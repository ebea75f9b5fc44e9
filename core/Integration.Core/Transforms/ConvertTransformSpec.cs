namespace Integration.Core.Transforms;

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

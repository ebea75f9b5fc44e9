namespace Integration.Core.Transforms;

/// <summary><c>split</c>: one part of the value split by a separator.</summary>
/// <param name="Separator">The separator. Default a single space.</param>
/// <param name="Index">Zero-based part; negative counts from the end (-1 is the last part).</param>
/// <remarks>
/// Parts are trimmed; empty parts keep their place, so an index always names the same separator-delimited field
/// (<c>"a,,c"</c> part 1 is null, part 2 is <c>c</c>). A null, blank or out-of-range part is null.
/// </remarks>
public sealed record SplitTransformSpec(string Separator = " ", int Index = 0) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Split;
}

namespace Integration.Core.Transforms;

/// <summary><c>split</c>: one part of the value split by a separator.</summary>
/// <param name="Separator">The separator. Default a single space.</param>
/// <param name="Index">Zero-based part; negative counts from the end (-1 is the last part).</param>
public sealed record SplitTransformSpec(string Separator = " ", int Index = 0) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Split;
}

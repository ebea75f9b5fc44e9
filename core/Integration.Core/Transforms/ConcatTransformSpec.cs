namespace Integration.Core.Transforms;

/// <summary><c>concat</c>: the field mapping's source values joined in order.</summary>
/// <param name="Separator">Placed between values. Default a single space.</param>
/// <param name="SkipBlanks">Whether null or blank values are left out (so no doubled separators). Default true.</param>
public sealed record ConcatTransformSpec(string Separator = " ", bool SkipBlanks = true) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Concat;
}

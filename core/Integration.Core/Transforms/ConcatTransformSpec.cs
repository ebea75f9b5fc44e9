namespace Integration.Core.Transforms;

/// <summary><c>concat</c>: the field mapping's source values joined in order.</summary>
/// <param name="Separator">Placed between values. Default a single space.</param>
/// <param name="SkipBlanks">Whether null or blank values are left out (so no doubled separators). Default true.</param>
/// <remarks>
/// Numbers and booleans join by their JSON text. When every value is null or blank the result is null. Without
/// <paramref name="SkipBlanks"/>, a null joins as an empty string and blanks join as written.
/// </remarks>
public sealed record ConcatTransformSpec(string Separator = " ", bool SkipBlanks = true) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Concat;
}

namespace Integration.Core.Transforms;

/// <summary><c>copy</c>: the value as it is.</summary>
public sealed record CopyTransformSpec : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Copy;
}

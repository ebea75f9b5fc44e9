using System.Text.Json;

namespace Integration.Core.Transforms;

/// <summary><c>constant</c>: always the same value.</summary>
/// <param name="Value">The JSON value written.</param>
/// <remarks>An undefined <paramref name="Value"/> (<c>default</c>) is written as JSON null.</remarks>
public sealed record ConstantTransformSpec(JsonElement Value) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Constant;
}

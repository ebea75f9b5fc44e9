using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary><c>copy</c>: the value unchanged; a missing value becomes JSON null.</summary>
internal sealed class CopyTransform(CopyTransformSpec spec) : SingleValueTransform
{
    public override TransformSpec Spec { get; } = spec;

    protected override TransformResult Apply(JsonElement value, TransformInput input) => TransformResult.Success(value);
}

using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary><c>constant</c>: always the spec's value, whatever the sources hold (an undefined value is JSON null).</summary>
internal sealed class ConstantTransform : IFieldTransform
{
    private readonly TransformResult _result;

    public ConstantTransform(ConstantTransformSpec spec)
    {
        Spec = spec;
        _result = TransformResult.Success(spec.Value.ValueKind == JsonValueKind.Undefined ? default : spec.Value.Clone());
    }

    public TransformSpec Spec { get; }

    public TransformResult Apply(TransformInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _result;
    }
}

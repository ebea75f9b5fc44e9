using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>A transform of one source value: a field mapping with several sources is a failure, none is null.</summary>
internal abstract class SingleValueTransform : IFieldTransform
{
    public abstract TransformSpec Spec { get; }

    public TransformResult Apply(TransformInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Values.Count switch
        {
            0 => Apply(default, input),
            1 => Apply(input.Values[0], input),
            var count => TransformResult.Failure(
                $"{Spec.Kind.PlanName()} takes one source value, got {count}"),
        };
    }

    protected abstract TransformResult Apply(JsonElement value, TransformInput input);
}

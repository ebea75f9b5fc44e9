using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// <c>lookup</c>: a source record id resolved to the destination id through the context. Numeric ids (NetSuite
/// internal ids) are read by their JSON text. An id with no destination yet is <see cref="TransformOutcome.Unresolved"/>
/// whether or not the reference is deferrable: parking or deferring is the engine's decision.
/// </summary>
internal sealed class LookupTransform : SingleValueTransform
{
    private readonly LookupTransformSpec _spec;

    public LookupTransform(LookupTransformSpec spec)
    {
        if (string.IsNullOrWhiteSpace(spec.TargetObject))
        {
            throw new ArgumentException("lookup object must name the source-side object the reference points to.", nameof(spec));
        }

        _spec = spec;
    }

    public override TransformSpec Spec => _spec;

    protected override TransformResult Apply(JsonElement value, TransformInput input)
    {
        if (JsonValues.IsNullOrBlank(value))
        {
            return TransformResult.Null;
        }

        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            return TransformResult.Failure($"lookup of {_spec.TargetObject} needs a record id, got {JsonValues.Describe(value)}");
        }

        var context = input.Context ?? throw new InvalidOperationException(
            $"lookup of {_spec.TargetObject} needs a transform context with the cross-reference; the input has none.");
        JsonValues.TryGetScalarText(value, out var sourceId);
        return context.TryResolveReference(_spec.TargetObject, sourceId, out var destinationId)
            ? TransformResult.Success(JsonValues.FromText(destinationId))
            : TransformResult.Unresolved(new UnresolvedReference(_spec.TargetObject, sourceId));
    }
}

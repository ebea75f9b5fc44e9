namespace Integration.Core.Transforms;

/// <summary><c>lookup</c>: a reference to another mapped object, resolved through the cross-reference.</summary>
/// <param name="TargetObject">The source-side object the reference points to (<c>"object"</c> in plan JSON; it must have an object mapping in the plan).</param>
/// <param name="Deferrable">Whether the reference may be loaded as null and patched afterwards; only such a reference may close a dependency cycle.</param>
/// <remarks>
/// A null or blank id is null. A string or numeric id (by its JSON text) is resolved through
/// <see cref="ITransformContext.TryResolveReference"/>; an id with no destination yet is
/// <see cref="TransformOutcome.Unresolved"/>, deferrable or not: parking or deferring is the engine's decision.
/// </remarks>
public sealed record LookupTransformSpec(string TargetObject, bool Deferrable = false) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.Lookup;
}

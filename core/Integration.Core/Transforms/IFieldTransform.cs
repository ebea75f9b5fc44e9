namespace Integration.Core.Transforms;

/// <summary>
/// A compiled field transform: a pure function from a field mapping's source values to the
/// destination value. Instances are immutable and safe to share between threads.
/// Create one with <see cref="FieldTransform.Create"/>.
/// </summary>
/// <remarks>
/// Values are <see cref="System.Text.Json.JsonElement"/>: immutable and thread-safe (a compiled plan is shared),
/// the type the spec records already use for constants, and read straight from vendor payloads without copying.
/// A missing field (<see cref="System.Text.Json.JsonValueKind.Undefined"/>) and JSON null are both "null". A result
/// may be the input element itself (copy, passThrough), so it lives as long as the input's document. Transforms of
/// one value (all but concat and constant) fail when given more than one source value, and read none as null.
/// </remarks>
public interface IFieldTransform
{
    /// <summary>The spec this transform was compiled from.</summary>
    TransformSpec Spec { get; }

    /// <summary>Transforms the source values. Never throws for bad data: a bad value is a <see cref="TransformOutcome.Failure"/>.</summary>
    /// <param name="input">The source values and the engine's context.</param>
    /// <returns>The value, a failure naming the problem, or an unresolved reference.</returns>
    TransformResult Apply(TransformInput input);
}

namespace Integration.Core.Transforms;

/// <summary>
/// A compiled field transform: a pure function from a field mapping's source values to the
/// destination value. Instances are immutable and safe to share between threads.
/// Create one with <see cref="FieldTransform.Create"/>.
/// </summary>
public interface IFieldTransform
{
    /// <summary>The spec this transform was compiled from.</summary>
    TransformSpec Spec { get; }

    /// <summary>Transforms the source values. Never throws for bad data: a bad value is a <see cref="TransformOutcome.Failure"/>.</summary>
    /// <param name="input">The source values and the engine's context.</param>
    /// <returns>The value, a failure naming the problem, or an unresolved reference.</returns>
    TransformResult Apply(TransformInput input);
}

namespace Integration.Core.Transforms;

/// <summary>How a transform ended.</summary>
public enum TransformOutcome
{
    /// <summary>A value was produced (possibly JSON null).</summary>
    Success,

    /// <summary>The value cannot be transformed (a mapping error); <see cref="TransformResult.Error"/> says why.</summary>
    Failure,

    /// <summary>
    /// A <c>lookup</c> found no destination id for its reference yet; <see cref="TransformResult.Reference"/>
    /// names it. Not an error: the engine parks the record or loads it without the reference and patches it later.
    /// </summary>
    Unresolved,
}

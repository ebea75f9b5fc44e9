using System.Text.Json;
using Integration.Core.Transforms.Internal;

namespace Integration.Core.Transforms;

/// <summary>The result of one transform run: a value, a failure, or an unresolved reference.</summary>
public sealed class TransformResult
{
    private TransformResult(TransformOutcome outcome, JsonElement value, string? error, UnresolvedReference? reference)
    {
        Outcome = outcome;
        Value = value;
        Error = error;
        Reference = reference;
    }

    /// <summary>A success whose value is JSON null.</summary>
    public static TransformResult Null { get; } = new(TransformOutcome.Success, JsonValues.Null, null, null);

    /// <summary>How the transform ended.</summary>
    public TransformOutcome Outcome { get; }

    /// <summary>Whether a value was produced (<see cref="TransformOutcome.Success"/>).</summary>
    public bool IsSuccess => Outcome == TransformOutcome.Success;

    /// <summary>
    /// The destination value on success: any JSON value, JSON null (<see cref="JsonValueKind.Null"/>) for
    /// "no value"; never <see cref="JsonValueKind.Undefined"/>. JSON null on failure and unresolved results.
    /// </summary>
    public JsonElement Value { get; }

    /// <summary>On failure, why the value cannot be transformed, quoting the value; otherwise null.</summary>
    public string? Error { get; }

    /// <summary>When <see cref="TransformOutcome.Unresolved"/>, the reference not yet resolvable; otherwise null.</summary>
    public UnresolvedReference? Reference { get; }

    /// <summary>A success with a value; an undefined value becomes JSON null.</summary>
    /// <param name="value">The destination value.</param>
    /// <returns>The result.</returns>
    public static TransformResult Success(JsonElement value) =>
        JsonValues.IsNull(value) ? Null : new(TransformOutcome.Success, value, null, null);

    /// <summary>A failure: the value cannot be transformed.</summary>
    /// <param name="error">Why, quoting the value, e.g. <c>value 'Prospekt' is not in the value map (known: Prospect, Customer)</c>.</param>
    /// <returns>The result.</returns>
    public static TransformResult Failure(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(TransformOutcome.Failure, JsonValues.Null, error, null);
    }

    /// <summary>An unresolved reference: the target record has no destination id yet.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The result.</returns>
    public static TransformResult Unresolved(UnresolvedReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new(TransformOutcome.Unresolved, JsonValues.Null, null, reference);
    }

    /// <inheritdoc />
    public override string ToString() => Outcome switch
    {
        TransformOutcome.Success => Value.GetRawText(),
        TransformOutcome.Failure => $"failure: {Error}",
        _ => $"unresolved reference to {Reference!.SourceObject} '{Reference.SourceId}'",
    };
}

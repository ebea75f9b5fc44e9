using System.Text.Json;

namespace Integration.Core.Transforms;

/// <summary>The input of one transform run: the field mapping's source values and the engine's context.</summary>
public sealed class TransformInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="values">
    /// The source values, in the order of the field mapping's <c>sources</c>. A missing field is
    /// <c>default(JsonElement)</c> (<see cref="JsonValueKind.Undefined"/>); it counts as null, as JSON null does.
    /// </param>
    /// <param name="context">The engine's context; required only by <c>lookup</c>.</param>
    public TransformInput(IReadOnlyList<JsonElement> values, ITransformContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
        Context = context;
    }

    /// <summary>The source values, in the order of the field mapping's sources.</summary>
    public IReadOnlyList<JsonElement> Values { get; }

    /// <summary>The engine's context (cross-reference); null when the caller has none.</summary>
    public ITransformContext? Context { get; }

    /// <summary>An input of a single source value.</summary>
    /// <param name="value">The source value (<c>default</c> when the field is missing).</param>
    /// <param name="context">The engine's context; required only by <c>lookup</c>.</param>
    /// <returns>The input.</returns>
    public static TransformInput Of(JsonElement value, ITransformContext? context = null) => new([value], context);
}

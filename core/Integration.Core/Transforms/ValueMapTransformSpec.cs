namespace Integration.Core.Transforms;

/// <summary><c>valueMap</c>: picklist values translated one to one.</summary>
/// <param name="Map">Source value to destination value.</param>
/// <param name="OnUnknown">What happens to a value missing from <paramref name="Map"/>. Default <see cref="UnknownValueBehaviour.Error"/>.</param>
/// <param name="Default">The value written for unknown values when <paramref name="OnUnknown"/> is <see cref="UnknownValueBehaviour.Default"/>.</param>
/// <param name="CaseSensitive">Whether source values match case-sensitively. Default true.</param>
/// <remarks>
/// Null, missing and blank (empty or whitespace-only) source values are null, never unknown. Strings match as
/// written (no trimming); numbers and booleans match by their JSON text (<c>1</c>, <c>true</c>). A mapped value may be
/// null. With <paramref name="CaseSensitive"/> false, keys differing only by case are rejected when compiled.
/// </remarks>
public sealed record ValueMapTransformSpec(
    IReadOnlyDictionary<string, string?> Map,
    UnknownValueBehaviour OnUnknown = UnknownValueBehaviour.Error,
    string? Default = null,
    bool CaseSensitive = true) : TransformSpec
{
    /// <inheritdoc />
    public override TransformKind Kind => TransformKind.ValueMap;
}

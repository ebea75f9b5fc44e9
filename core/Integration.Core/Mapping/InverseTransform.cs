using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Mapping;

/// <summary>
/// Which field mappings flow backwards (side B to side A) and through what. Only a transform whose inverse is exact
/// flows back: <c>copy</c> (itself), <c>lookup</c> (itself, resolved through the cross-reference from B ids to A ids)
/// and a one-to-one <c>valueMap</c> (the inverted map). <c>convert</c> never flows back: the engine does not know side
/// A's type, and a copied-back date, rounded decimal or reformatted text could be wrong there; map the field with
/// <c>copy</c> to sync it two ways. <c>concat</c>, <c>split</c> and <c>constant</c> never flow back, nor does any
/// mapping with several sources.
/// </summary>
public static class InverseTransform
{
    /// <summary>Whether <paramref name="field"/> can flow from side B to side A.</summary>
    /// <param name="field">The field mapping.</param>
    /// <returns>True for single-source <c>copy</c>, <c>lookup</c> and one-to-one <c>valueMap</c>.</returns>
    public static bool CanFlowBack(FieldMapping field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Sources.Count == 1 && field.Transform switch
        {
            CopyTransformSpec or LookupTransformSpec => true,
            ValueMapTransformSpec valueMap => Invert(valueMap) is not null,
            _ => false,
        };
    }

    /// <summary>The transform from side B's value to side A's, or null when the field does not flow back.</summary>
    /// <param name="field">The field mapping.</param>
    /// <param name="forward">The field's compiled forward transform (reused for <c>copy</c> and <c>lookup</c>).</param>
    /// <returns>The backward transform, or null.</returns>
    public static IFieldTransform? Create(FieldMapping field, IFieldTransform forward)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!CanFlowBack(field))
        {
            return null;
        }

        return field.Transform is ValueMapTransformSpec valueMap ? FieldTransform.Create(Invert(valueMap)!) : forward;
    }

    /// <summary>
    /// The inverse of a value map: one-to-one when every value is non-null and distinct (under the map's case rule)
    /// and unknown values are not collapsed onto a default.
    /// </summary>
    private static ValueMapTransformSpec? Invert(ValueMapTransformSpec spec)
    {
        if (spec.OnUnknown == UnknownValueBehaviour.Default || spec.Map is null)
        {
            return null;
        }

        var comparer = spec.CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var inverse = new Dictionary<string, string?>(comparer);
        foreach (var (key, value) in spec.Map)
        {
            if (value is null || !inverse.TryAdd(value, key))
            {
                return null;
            }
        }

        return spec with { Map = inverse };
    }
}

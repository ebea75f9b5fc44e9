using Integration.Core.Transforms.Internal;

namespace Integration.Core.Transforms;

/// <summary>Compiles transform specs into <see cref="IFieldTransform"/> instances.</summary>
public static class FieldTransform
{
    /// <summary>
    /// Compiles a spec. Compile once per plan and reuse: time zones are looked up and maps indexed here.
    /// </summary>
    /// <param name="spec">The spec, as bound from plan JSON.</param>
    /// <returns>The compiled transform.</returns>
    /// <exception cref="ArgumentException">
    /// The spec is invalid (unknown time zone, negative scale, empty split separator, colliding map keys, ...);
    /// the message names the setting and its value.
    /// </exception>
    public static IFieldTransform Create(TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            CopyTransformSpec copy => new CopyTransform(copy),
            ValueMapTransformSpec valueMap => new ValueMapTransform(valueMap),
            ConvertTransformSpec convert => new ConvertTransform(convert),
            ConcatTransformSpec concat => new ConcatTransform(concat),
            SplitTransformSpec split => new SplitTransform(split),
            ConstantTransformSpec constant => new ConstantTransform(constant),
            LookupTransformSpec lookup => new LookupTransform(lookup),
            _ => throw new ArgumentException($"Transform spec type {spec.GetType().Name} is not supported.", nameof(spec)),
        };
    }
}

using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Mapping;

/// <summary>A field mapping with its transforms built once.</summary>
/// <param name="Field">The field mapping.</param>
/// <param name="Forward">Side A values to side B's value.</param>
/// <param name="Backward">Side B's value to side A's, or null when the field does not flow back (<see cref="InverseTransform"/>).</param>
internal sealed record CompiledField(FieldMapping Field, IFieldTransform Forward, IFieldTransform? Backward)
{
    public string Key => Field.Destination;

    public static CompiledField Compile(FieldMapping field)
    {
        var forward = FieldTransform.Create(field.Transform);
        return new CompiledField(field, forward, InverseTransform.Create(field, forward));
    }
}

using System.Runtime.CompilerServices;
using Integration.Core.CrossReference;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Core.Transforms;

namespace Integration.Core.Mapping;

/// <summary>
/// Applies an object mapping's field mappings to a record, in either direction. Side A to side B applies every
/// field mapping's transform to its <c>sources</c>; side B to side A applies only the field mappings that flow back
/// (<see cref="InverseTransform"/>) to the <c>destination</c> value. Transforms are built once per mapping.
/// </summary>
public sealed class RecordMapper
{
    private readonly ConditionalWeakTable<ObjectMapping, IReadOnlyList<CompiledField>> _compiled = [];

    /// <summary>Maps <paramref name="record"/>, read on <paramref name="from"/>, to the other side.</summary>
    /// <param name="mapping">The object mapping.</param>
    /// <param name="from">The side <paramref name="record"/> was read on.</param>
    /// <param name="record">The record.</param>
    /// <param name="references">Resolves <c>lookup</c> ids for this direction (<see cref="ReferenceResolver"/>); null when the mapping has no lookup.</param>
    /// <returns>One mapped field per field mapping flowing that way, each a value, a failure or an unresolved reference.</returns>
    public MappedRecord Map(ObjectMapping mapping, SyncSide from, SourceRecord record, ITransformContext? references)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(record);
        var fields = new Dictionary<string, MappedField>(StringComparer.Ordinal);
        foreach (var compiled in Compile(mapping))
        {
            var transform = from == SyncSide.A ? compiled.Forward : compiled.Backward;
            if (transform is null)
            {
                continue;
            }

            var input = new TransformInput(FieldValues.Of(compiled.Field, from, record), references);
            var target = from == SyncSide.A ? compiled.Field.Destination : compiled.Field.Sources[0];
            fields[compiled.Key] = new MappedField(compiled.Field, target, transform.Apply(input));
        }

        return new MappedRecord(from, record, fields);
    }

    private IReadOnlyList<CompiledField> Compile(ObjectMapping mapping) =>
        _compiled.GetValue(mapping, m => m.Fields.Select(CompiledField.Compile).ToList());
}

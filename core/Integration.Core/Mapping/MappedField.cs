using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Mapping;

/// <summary>One field mapping applied in one direction.</summary>
/// <param name="Field">The field mapping.</param>
/// <param name="TargetField">The field written on the other side: the destination field (A to B) or the single source field (B to A).</param>
/// <param name="Result">The transform's outcome: the value, a failure, or an unresolved reference.</param>
public sealed record MappedField(FieldMapping Field, string TargetField, TransformResult Result);

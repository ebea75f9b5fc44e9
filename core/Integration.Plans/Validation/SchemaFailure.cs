namespace Integration.Plans.Validation;

/// <summary>One keyword error from evaluating a plan against the schema.</summary>
/// <param name="InstancePointer">JSON Pointer of the failing value, e.g. <c>/mappings/0/name</c>; empty for the root.</param>
/// <param name="EvaluationPath">The keyword path through the schema, e.g. <c>/properties/mappings/items/$ref/additionalProperties</c>.</param>
/// <param name="SchemaFragment">The fragment of the absolute schema location, e.g. <c>#/$defs/mapping</c>.</param>
/// <param name="Keyword">The failing keyword (<c>required</c>, <c>enum</c>…; empty for a <c>false</c> schema).</param>
/// <param name="Message">The evaluator's message.</param>
internal sealed record SchemaFailure(string InstancePointer, string EvaluationPath, string SchemaFragment, string Keyword, string Message);

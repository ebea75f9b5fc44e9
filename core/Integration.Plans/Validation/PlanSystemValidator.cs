using Integration.Core.Plans;
using Integration.Core.Schema;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Validation;

/// <summary>
/// Checks a loaded plan against the live systems it names: every mapping's objects exist, its source fields
/// exist (readable), its destination fields exist and may be written, and its <c>externalIdField</c>s are
/// external ids. Uses only <see cref="IObjectSchemaProvider"/>; each problem becomes a <see cref="PlanDiagnostic"/>
/// at the JSON path and line:column where the plan names the field.
/// </summary>
public static class PlanSystemValidator
{
    /// <summary>Validates <paramref name="loaded"/> (a valid plan) against the systems <paramref name="schemaFor"/> resolves.</summary>
    /// <param name="loaded">A plan that loaded without diagnostics.</param>
    /// <param name="schemaFor">The schema provider of a plan system, by the plan's system name (<c>"sf"</c>); null when unavailable.</param>
    /// <param name="cancellationToken">Stops the describe calls.</param>
    /// <returns>The problems found, ordered by line and column; empty when the plan fits the systems.</returns>
    public static async Task<IReadOnlyList<PlanDiagnostic>> ValidateAsync(
        PlanLoadResult loaded, Func<string, IObjectSchemaProvider?> schemaFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(schemaFor);
        if (!loaded.IsValid)
        {
            throw new ArgumentException($"{loaded.File} did not load ({loaded.Diagnostics.Count} diagnostics); fix those before validating against the systems.", nameof(loaded));
        }

        var diagnostics = new List<PlanDiagnostic>();
        for (var i = 0; i < loaded.Plan.Mappings.Count; i++)
        {
            var mapping = loaded.Plan.Mappings[i];
            var path = JsonPathText.Index("$.mappings", i);
            var check = new EndpointCheck(loaded, schemaFor, diagnostics);
            await check.RunAsync($"{path}.source", mapping.Source, SourceFields(loaded, path, mapping), mustBeWritable: false, cancellationToken);
            await check.RunAsync($"{path}.destination", mapping.Destination, DestinationFields(path, mapping), mustBeWritable: true, cancellationToken);
        }

        return diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.JsonPath, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<PlanFieldReference> SourceFields(PlanLoadResult loaded, string mappingPath, ObjectMapping mapping)
    {
        for (var j = 0; j < mapping.Fields.Count; j++)
        {
            var field = mapping.Fields[j];
            var fieldPath = JsonPathText.Index($"{mappingPath}.fields", j);
            var listed = loaded.HasPath($"{fieldPath}.sources");
            for (var k = 0; k < field.Sources.Count; k++)
            {
                yield return new PlanFieldReference(listed ? JsonPathText.Index($"{fieldPath}.sources", k) : $"{fieldPath}.source", field.Sources[k], field.Sync);
            }
        }
    }

    private static IEnumerable<PlanFieldReference> DestinationFields(string mappingPath, ObjectMapping mapping) =>
        mapping.Fields.Select((field, j) => new PlanFieldReference($"{JsonPathText.Index($"{mappingPath}.fields", j)}.destination", field.Destination, field.Sync));

    private sealed class EndpointCheck(PlanLoadResult loaded, Func<string, IObjectSchemaProvider?> schemaFor, List<PlanDiagnostic> diagnostics)
    {
        public async Task RunAsync(string path, ObjectEndpoint endpoint, IEnumerable<PlanFieldReference> fields, bool mustBeWritable, CancellationToken cancellationToken)
        {
            if (schemaFor(endpoint.System) is not { } schema)
            {
                Add($"{path}.system", PlanDiagnosticCodes.SystemUnavailable, $"no schema is available for system '{endpoint.System}'", "check that the system's connection is configured");
                return;
            }

            var references = fields.ToList();
            var names = references.Select(r => r.Field).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var problems = await schema.ValidateFieldsAsync(endpoint.Object, names, mustBeWritable, cancellationToken);
            if (problems.Any(p => p.Kind == FieldProblemKind.UnknownObject))
            {
                Add($"{path}.object", PlanDiagnosticCodes.UnknownObjectInSystem, $"system '{endpoint.System}' has no object '{endpoint.Object}'", "check the object's API name");
                return;
            }

            foreach (var problem in problems)
            {
                foreach (var reference in references.Where(r => string.Equals(r.Field, problem.Field, StringComparison.OrdinalIgnoreCase)))
                {
                    // A create-only field is fine for a field mapping that only ever writes on create.
                    if (problem.Kind == FieldProblemKind.NotUpdateable && reference.Sync == SyncRule.OnCreateOnly)
                    {
                        continue;
                    }

                    var unknown = problem.Kind == FieldProblemKind.UnknownField;
                    Add(
                        reference.Path,
                        unknown ? PlanDiagnosticCodes.UnknownFieldInSystem : PlanDiagnosticCodes.FieldNotWritable,
                        $"system '{endpoint.System}': {problem.Message.TrimEnd('.')}",
                        unknown ? "check the field's API name in the system's describe" : "write another field, or change the field mapping's sync rule");
                }
            }

            await CheckExternalIdAsync(path, endpoint, schema, cancellationToken);
        }

        private async Task CheckExternalIdAsync(string path, ObjectEndpoint endpoint, IObjectSchemaProvider schema, CancellationToken cancellationToken)
        {
            if (endpoint.ExternalIdField is not { Length: > 0 } name)
            {
                return;
            }

            var field = (await schema.DescribeAsync(endpoint.Object, cancellationToken))?.Find(name);
            if (field is null)
            {
                Add($"{path}.externalIdField", PlanDiagnosticCodes.UnknownFieldInSystem, $"system '{endpoint.System}': {endpoint.Object} has no field '{name}' (externalIdField)", "check the field's API name in the system's describe");
            }
            else if (!field.ExternalId)
            {
                Add($"{path}.externalIdField", PlanDiagnosticCodes.NotExternalId, $"system '{endpoint.System}': {endpoint.Object}.{field.Name} is not an external id field, so upserts cannot key on it", "mark the field as an external id in the system, or choose another externalIdField");
            }
        }

        private void Add(string path, string code, string message, string hint)
        {
            var (line, column) = loaded.PositionOf(path);
            diagnostics.Add(new PlanDiagnostic(loaded.File, path, line, column, code, message, hint));
        }
    }
}

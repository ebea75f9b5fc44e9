using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Core.Transforms;

namespace Integration.Core.Mapping;

/// <summary>
/// Resolves, in one cross-reference read per referenced mapping, the <c>lookup</c> ids of a batch of records. A
/// lookup names the side A object it points to; the referenced mapping is the plan's mapping of that object between
/// the same two systems. From side A the ids are A ids resolved to B ids; from side B, B ids resolved to A ids.
/// </summary>
public sealed class ReferenceResolver
{
    private readonly ICrossReferenceStore _crossReference;

    /// <summary>Creates the resolver.</summary>
    /// <param name="crossReference">The cross-reference store.</param>
    public ReferenceResolver(ICrossReferenceStore crossReference) => _crossReference = crossReference;

    /// <summary>The counterpart ids of every lookup value in <paramref name="records"/>.</summary>
    /// <param name="plan">The plan, to find referenced mappings.</param>
    /// <param name="mapping">The mapping being applied.</param>
    /// <param name="from">The side the records were read on.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The resolved ids; ids without a counterpart stay unresolved.</returns>
    public async Task<ResolvedReferences> ResolveAsync(
        MigrationPlan plan,
        ObjectMapping mapping,
        SyncSide from,
        IReadOnlyCollection<SourceRecord> records,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(mapping);
        var lookups = mapping.Fields
            .Where(f => f.Transform is LookupTransformSpec && f.Sources.Count == 1)
            .Select(f => (Field: f, Spec: (LookupTransformSpec)f.Transform))
            .ToList();
        if (lookups.Count == 0 || records.Count == 0)
        {
            return ResolvedReferences.None;
        }

        var resolved = new ResolvedReferences();
        foreach (var byObject in lookups.GroupBy(l => l.Spec.TargetObject, StringComparer.Ordinal))
        {
            var referenced = FindReferencedMapping(plan, mapping, byObject.Key);
            var ids = byObject
                .SelectMany(l => records.Select(r => FieldValues.Of(l.Field, from, r)[0]))
                .Select(IdText)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (referenced is null || ids.Count == 0)
            {
                continue;
            }

            var rows = await _crossReference.GetAsync(referenced.Name, from, ids, cancellationToken);
            var other = from == SyncSide.A ? SyncSide.B : SyncSide.A;
            foreach (var (id, row) in rows)
            {
                if (row.IdOn(other) is { } counterpart)
                {
                    resolved.Add(byObject.Key, id, counterpart);
                }
            }
        }

        return resolved;
    }

    private static ObjectMapping? FindReferencedMapping(MigrationPlan plan, ObjectMapping mapping, string lookupObject) =>
        plan.Mappings.FirstOrDefault(m =>
            string.Equals(m.Source.Object, lookupObject, StringComparison.Ordinal)
            && string.Equals(m.Source.System, mapping.Source.System, StringComparison.Ordinal)
            && string.Equals(m.Destination.System, mapping.Destination.System, StringComparison.Ordinal));

    private static string? IdText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}

using System.Text.Json;
using Json.Schema;

namespace Integration.Plans.Validation;

/// <summary>The published plan schema (<c>schemas/plan.schema.json</c>, embedded), and its evaluation.</summary>
public static class PlanSchema
{
    private const string ResourceName = "Integration.Plans.plan.schema.json";

    private static readonly Lazy<string> LazyText = new(ReadResource);
    private static readonly Lazy<JsonDocument> LazyDocument = new(() => JsonDocument.Parse(LazyText.Value));
    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromText(LazyText.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The schema's JSON text, as published.</summary>
    public static string Text => LazyText.Value;

    internal static JsonElement Root => LazyDocument.Value.RootElement;

    /// <summary>Whether <paramref name="plan"/> satisfies the schema alone (no semantic rules).</summary>
    /// <param name="plan">The plan's root element.</param>
    /// <returns>True when the schema accepts the plan.</returns>
    public static bool IsValid(JsonElement plan) =>
        LazySchema.Value.Evaluate(plan, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    internal static IReadOnlyList<SchemaFailure> Evaluate(JsonElement plan)
    {
        var results = LazySchema.Value.Evaluate(plan, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var failures = new List<SchemaFailure>();
        Collect(results, failures);
        return failures;
    }

    private static void Collect(EvaluationResults node, List<SchemaFailure> failures)
    {
        // An "if" that fails only selects which "then" applies; it is not an error of the plan.
        var evaluationPath = node.EvaluationPath.ToString();
        if (IsUnderIf(evaluationPath))
        {
            return;
        }

        if (!node.IsValid && node.Errors is not null)
        {
            foreach (var (keyword, message) in node.Errors)
            {
                failures.Add(new SchemaFailure(
                    node.InstanceLocation.ToString(),
                    evaluationPath,
                    Uri.UnescapeDataString(node.SchemaLocation.Fragment),
                    keyword,
                    message));
            }
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, failures);
        }
    }

    private static bool IsUnderIf(string evaluationPath) =>
        evaluationPath.EndsWith("/if", StringComparison.Ordinal) || evaluationPath.Contains("/if/", StringComparison.Ordinal);

    private static string ReadResource()
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(PlanSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Text.Json;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Transforms;

/// <summary>Runs a spec over source values written as JSON text, and checks results by their JSON text.</summary>
internal static class TransformHarness
{
    /// <summary>Stands for a source field that is missing from the record (an undefined value).</summary>
    public const string Missing = "<missing>";

    public static JsonElement Json(string json) => json == Missing ? default : JsonElement.Parse(json);

    public static TransformResult Apply(TransformSpec spec, params string[] sources) =>
        Apply(spec, context: null, sources);

    public static TransformResult Apply(TransformSpec spec, ITransformContext? context, params string[] sources) =>
        FieldTransform.Create(spec).Apply(new TransformInput(sources.Select(Json).ToArray(), context));

    public static void AssertValue(string expectedJson, TransformResult result)
    {
        Assert.True(result.IsSuccess, $"expected {expectedJson}, got {result}");
        Assert.Equal(expectedJson, result.Value.GetRawText());
    }

    public static void AssertFailure(string expectedError, TransformResult result)
    {
        Assert.Equal(TransformOutcome.Failure, result.Outcome);
        Assert.Contains(expectedError, result.Error, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, result.Value.ValueKind);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Plans.Loading;

namespace Integration.Plans.Tests.Versioning;

public sealed class PlanCanonicalFormTests
{
    [Fact]
    public void Version_is_the_same_after_reordering_keys_and_reformatting()
    {
        var reordered = Reorder(JsonNode.Parse(PlanText.Valid)!).ToJsonString(new JsonSerializerOptions { WriteIndented = false });

        Assert.Equal(Version(PlanText.Valid), Version(reordered));
    }

    [Fact]
    public void Version_ignores_the_schema_reference()
    {
        Assert.Equal(Version(PlanText.Valid), Version(PlanText.With(("/$schema", "\"https://example.com/plan.schema.json\""))));
    }

    [Theory]
    [InlineData("/reconciliation/thresholds/rowHashMatchRate", "0.99")]
    [InlineData("/reconciliation/thresholds/sumVariancePercent", "0.010")]
    [InlineData("/reconciliation/thresholds/dateMinMaxExact", "false")]
    [InlineData("/rehearsal", """{ "consecutiveCleanRunsRequired": 2 }""")]
    [InlineData("/mappings/0/fields/0/destination", "\"company_name\"")]
    public void Version_changes_when_a_setting_changes(string location, string json)
    {
        Assert.NotEqual(Version(PlanText.Valid), Version(PlanText.With((location, json))));
    }

    [Fact]
    public void Canonical_form_sorts_keys_drops_whitespace_and_keeps_numbers_as_written()
    {
        using var document = JsonDocument.Parse("""{ "b": 1.50, "$schema": "x", "a": { "d": "\u00e9", "c": [true, null] } }""");

        var canonical = System.Text.Encoding.UTF8.GetString(Integration.Plans.Versioning.PlanCanonicalForm.ToUtf8Bytes(document.RootElement));

        Assert.Equal("""{"a":{"c":[true,null],"d":"é"},"b":1.50}""", canonical);
    }

    private static string Version(string text)
    {
        var result = PlanLoader.Load(text, "plan.json");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Version.Value.Value;
    }

    private static JsonNode Reorder(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reorder(p.Value.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(i => i is null ? null : Reorder(i.DeepClone())).ToArray()),
        _ => node.DeepClone(),
    };
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Refit;

namespace Integration.Connectors.NetSuite.Connectors;

/// <summary>
/// The Refit settings every NetSuite client shares: System.Text.Json, wire names from the DTOs' attributes,
/// and relaxed escaping so SuiteQL text keeps its quotes and comparison operators readable on the wire
/// (the body is JSON for an API, never embedded in HTML).
/// </summary>
internal sealed class NetSuiteRefitSettings
{
    public RefitSettings Settings { get; } = new(new SystemTextJsonContentSerializer(
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
}

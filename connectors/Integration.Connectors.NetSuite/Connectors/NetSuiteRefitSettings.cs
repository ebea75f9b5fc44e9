using System.Text.Json;
using Refit;

namespace Integration.Connectors.NetSuite.Connectors;

/// <summary>The Refit settings every NetSuite client shares: System.Text.Json, wire names from the DTOs' attributes.</summary>
internal sealed class NetSuiteRefitSettings
{
    public RefitSettings Settings { get; } = new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));
}

using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Objects;

/// <summary>The <c>paging</c> object; <see cref="Next"/> is absent on the last page.</summary>
internal sealed record HubSpotPaging([property: JsonPropertyName("next")] HubSpotNextPage? Next);

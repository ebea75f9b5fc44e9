using System.Text.Json.Serialization;

namespace Integration.Sandbox.Faults;

/// <summary>Where a fault rule applies; written as <c>"Request"</c> or <c>"Record"</c> in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultScope>))]
public enum FaultScope
{
    /// <summary>The whole HTTP request fails (status and error body).</summary>
    Request,

    /// <summary>One record of a multi-record call fails (a per-record error in a 200 answer); other records proceed.</summary>
    Record,
}

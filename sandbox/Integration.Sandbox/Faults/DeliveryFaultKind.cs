using System.Text.Json.Serialization;

namespace Integration.Sandbox.Faults;

/// <summary>What can go wrong with events pushed to a subscriber; written by name in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryFaultKind>))]
public enum DeliveryFaultKind
{
    /// <summary>The event is never delivered.</summary>
    Drop,

    /// <summary>The event is delivered twice (the copy in a later batch).</summary>
    Duplicate,

    /// <summary>The events of a batch are shuffled.</summary>
    Reorder,

    /// <summary>The batch waits <see cref="DeliveryFaultRule.DelayMs"/> before it is sent.</summary>
    Delay,
}

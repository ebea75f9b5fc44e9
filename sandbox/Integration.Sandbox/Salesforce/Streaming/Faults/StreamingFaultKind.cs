using System.Text.Json.Serialization;

namespace Integration.Sandbox.Salesforce.Streaming.Faults;

/// <summary>What a streaming fault does; written by name in JSON (<c>"Drop"</c>, <c>"Gap"</c>, …).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StreamingFaultKind>))]
internal enum StreamingFaultKind
{
    /// <summary>The event is lost: never retained, never delivered, not replayable.</summary>
    Drop,

    /// <summary>The event is retained (and gets its replay id) only after <see cref="StreamingFaultRule.DelayMs"/>.</summary>
    Delay,

    /// <summary>The event is retained twice with the same replay id, so subscribers receive it twice.</summary>
    Duplicate,

    /// <summary>The event is held back and retained after the next event (or after the delay when none follows).</summary>
    Reorder,

    /// <summary>A gap event (GAP_CREATE, GAP_UPDATE, …: header and record ids, no field values) replaces the event.</summary>
    Gap,

    /// <summary>A GAP_OVERFLOW event (header only, record id 000000000000000AAA) replaces the event.</summary>
    Overflow,

    /// <summary>Rolled per <c>/meta/connect</c>: the server forgets the client, which gets <c>403::Unknown client</c>.</summary>
    SessionDrop,
}

namespace Integration.Core.Processing;

/// <summary>A record the engine could not sync, surfaced to operators (never silently dropped).</summary>
/// <param name="Mapping">The object mapping's name.</param>
/// <param name="System">The system of the record.</param>
/// <param name="ObjectName">The record's object.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="Code">What went wrong: <see cref="SyncErrorCodes"/>.</param>
/// <param name="Message">A message naming the field, value or reference at fault.</param>
/// <param name="At">When it was surfaced.</param>
public sealed record SyncError(string Mapping, string System, string ObjectName, string RecordId, string Code, string Message, DateTimeOffset At);

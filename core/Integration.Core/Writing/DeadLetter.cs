namespace Integration.Core.Writing;

/// <summary>A write the vendor rejected for good (validation), kept with its message for operators to fix and replay.</summary>
/// <param name="Command">The write as it was attempted.</param>
/// <param name="Code">The vendor's error code.</param>
/// <param name="Message">The vendor's message.</param>
/// <param name="Fields">The fields the vendor blamed.</param>
/// <param name="FailedAt">When it failed.</param>
public sealed record DeadLetter(WriteCommand Command, string Code, string Message, IReadOnlyList<string> Fields, DateTimeOffset FailedAt);

namespace Integration.Core.Records;

/// <summary>Why one record's write failed, as the vendor said it.</summary>
/// <param name="Code">The vendor's error code (<c>DUPLICATE_VALUE</c>, <c>VALIDATION_ERROR</c>, <c>INVALID_KEY</c>).</param>
/// <param name="Message">The vendor's message.</param>
/// <param name="Retryable">Whether retrying the same write can succeed (locks, throttling, transient faults); validation errors are not.</param>
/// <param name="Fields">The fields the vendor blames, when it says.</param>
public sealed record WriteFailure(string Code, string Message, bool Retryable, IReadOnlyList<string> Fields);

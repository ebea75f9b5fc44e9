using Integration.Core.Writing;

namespace Integration.Functions.Storage;

/// <summary>A dead letter as stored: its id (for get, delete and replay) and the letter.</summary>
/// <param name="Id">The row key; newest sorts first.</param>
/// <param name="Letter">The failed command with the vendor's code and message.</param>
public sealed record StoredDeadLetter(string Id, DeadLetter Letter);

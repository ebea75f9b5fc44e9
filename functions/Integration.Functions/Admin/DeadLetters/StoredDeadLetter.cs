using Integration.Core.Writing;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>A dead letter with the id its store gave it (the <c>{id}</c> of the management routes).</summary>
/// <param name="Id">The store's id: URL-safe, unique.</param>
/// <param name="Letter">The failed write.</param>
public sealed record StoredDeadLetter(string Id, DeadLetter Letter);

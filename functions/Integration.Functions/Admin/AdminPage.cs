namespace Integration.Functions.Admin;

/// <summary>One page of a listing, newest first.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="ContinuationToken">Opaque token for the next page (the <c>continuation</c> query parameter), or null at the end.</param>
public sealed record AdminPage<T>(IReadOnlyList<T> Items, string? ContinuationToken);

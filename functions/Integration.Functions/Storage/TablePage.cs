namespace Integration.Functions.Storage;

/// <summary>One service page of a table query.</summary>
/// <param name="Items">The rows of this page, parsed (at most the page size asked for; possibly fewer, even none, while more rows exist).</param>
/// <param name="ContinuationToken">The Azure Tables continuation of the next page (its next partition and row key), or null after the last row.</param>
public sealed record TablePage<T>(IReadOnlyList<T> Items, string? ContinuationToken);

namespace Integration.Functions.Intake;

/// <summary>What one drain of a change feed did.</summary>
/// <param name="Stream">The feed's checkpoint key.</param>
/// <param name="Batches">Batches enqueued and committed.</param>
/// <param name="Items">Events and resync requests enqueued.</param>
public sealed record DrainResult(string Stream, int Batches, int Items);

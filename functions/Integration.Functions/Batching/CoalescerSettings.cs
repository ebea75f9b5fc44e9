namespace Integration.Functions.Batching;

/// <summary>The limits of one <see cref="InvocationCoalescer{TItem, TResult}"/>.</summary>
/// <param name="Linger">How long the oldest pending submission may wait for others.</param>
/// <param name="MaxWeight">The most weight (events, commands) one flush takes; a heavier single submission flushes alone.</param>
/// <param name="MaxConcurrentFlushes">Flushes running at once.</param>
public sealed record CoalescerSettings(TimeSpan Linger, int MaxWeight, int MaxConcurrentFlushes);

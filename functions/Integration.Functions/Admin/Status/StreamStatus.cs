namespace Integration.Functions.Admin.Status;

/// <summary>Where one change stream stands, from its checkpoint.</summary>
/// <param name="Stream">The stream's name, e.g. <c>salesforce:/data/ChangeEvents</c>.</param>
/// <param name="Position">The committed position (replay id, cursor).</param>
/// <param name="CommittedAt">When the position was committed.</param>
/// <param name="LastEventAt">When the source committed the last event before that position, when the intake recorded it.</param>
/// <param name="Lag">How far behind the source the commit was (<paramref name="CommittedAt"/> minus <paramref name="LastEventAt"/>), when known.</param>
/// <param name="SinceCommit">Time since the last commit (now minus <paramref name="CommittedAt"/>): a silent stream grows it.</param>
public sealed record StreamStatus(string Stream, string Position, DateTimeOffset CommittedAt, DateTimeOffset? LastEventAt, TimeSpan? Lag, TimeSpan SinceCommit);

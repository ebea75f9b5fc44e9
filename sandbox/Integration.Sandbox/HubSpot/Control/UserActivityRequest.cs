namespace Integration.Sandbox.HubSpot.Control;

/// <summary>
/// Simulated UI edits: <c>Count</c> edits now (<c>/users/edits</c>), or <c>EditsPerSecond</c> for
/// <c>DurationSeconds</c> in the background (<c>/users/run</c>), spread over <c>Users</c> user ids.
/// </summary>
internal sealed record UserActivityRequest(int Seed, int Count = 0, double EditsPerSecond = 0, double DurationSeconds = 0, string? ObjectType = null, int Users = 5);

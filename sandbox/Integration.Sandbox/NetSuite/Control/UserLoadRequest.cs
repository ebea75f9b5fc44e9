namespace Integration.Sandbox.NetSuite.Control;

/// <summary>Simulated users: each edits a random customer or contact <see cref="EditsPerSecond"/> times a second for the duration.</summary>
internal sealed record UserLoadRequest(int Users, double EditsPerSecond, double DurationSeconds, int Seed = 0);

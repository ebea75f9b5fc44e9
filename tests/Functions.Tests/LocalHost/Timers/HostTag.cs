namespace Integration.Functions.Tests.LocalHost.Timers;

/// <summary>Names the local-host instance a function ran in.</summary>
public sealed record HostTag(string Name);

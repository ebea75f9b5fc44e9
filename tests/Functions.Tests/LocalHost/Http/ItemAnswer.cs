namespace Integration.Functions.Tests.LocalHost.Http;

/// <summary>A plain object returned by an HTTP function, written as JSON.</summary>
public sealed record ItemAnswer(int Id, string Name);

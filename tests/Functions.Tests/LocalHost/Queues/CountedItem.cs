namespace Integration.Functions.Tests.LocalHost.Queues;

/// <summary>A JSON queue message body.</summary>
public sealed record CountedItem(string Name, int Number);

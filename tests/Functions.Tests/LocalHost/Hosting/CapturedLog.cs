using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Hosting;

/// <summary>One captured log entry.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Scopes)
{
    public object? Scope(string key) => Scopes.FirstOrDefault(p => p.Key == key).Value;
}

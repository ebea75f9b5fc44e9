using Microsoft.Extensions.Options;

namespace Integration.Core.Tests.Fakes;

/// <summary>Options that only the test changes.</summary>
internal sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue { get; } = value;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}

using Azure.Storage.Blobs;
using Integration.Functions.LocalHost.Timers;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Functions.Tests.Timers;

/// <summary>
/// Listeners ("instances") of one test on their own container in Azurite, driven by one fake clock; the blob
/// leases stay real (server time), which is fine because a test lasts far less than a lease period.
/// </summary>
internal sealed class TimerTestBed : IAsyncDisposable
{
    public const string HostId = "test-host";
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 30, TimeSpan.Zero);

    private readonly List<TimerTriggerListener> _listeners = [];

    public TimerTestBed(AzuriteFixture azurite, TimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        Container = new BlobContainerClient(
            azurite.ConnectionString,
            StorageNames.Container("timers"),
            new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06));
    }

    public TimeProvider Time { get; }

    public FakeTimeProvider FakeTime => (FakeTimeProvider)Time;

    public BlobContainerClient Container { get; }

    public TimerRunLog Runs { get; } = new();

    public TimerTriggerOptions Options { get; } = new()
    {
        HostId = HostId,
        LeaseAcquireInterval = TimeSpan.FromSeconds(5),
        StopGracePeriod = TimeSpan.FromSeconds(10),
    };

    public Dictionary<string, RecordingLogger> Logs { get; } = [];

    public static DateTimeOffset At(int hour, int minute, int second = 0) => new(2026, 11, 29, hour, minute, second, TimeSpan.Zero);

    public TimerTriggerListener Listener(string instance, TimerTriggerDefinition trigger, Func<int, CancellationToken, Task>? body = null)
    {
        var logger = new RecordingLogger(instance);
        Logs[instance] = logger;
        var listener = new TimerTriggerListener(trigger, Runs.Function(instance, Time, body), Container, Options, Time, logger);
        _listeners.Add(listener);
        return listener;
    }

    /// <summary>Completes with the instance that started listening (holds the lease) first.</summary>
    public async Task<string> AnyListening()
    {
        var first = await Awaited.Within(
            Task.WhenAny(Logs.Values.Select(async log => { await log.WhenLogged("Listening"); return log.Instance; })),
            "an instance to acquire the lease and listen");
        return await first;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var listener in _listeners)
        {
            await listener.DisposeAsync();
        }

        await Container.DeleteIfExistsAsync();
    }
}

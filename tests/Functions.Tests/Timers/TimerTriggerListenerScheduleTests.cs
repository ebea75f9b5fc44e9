using Integration.Functions.LocalHost.Timers;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.Timers;

public sealed class TimerTriggerListenerScheduleTests(AzuriteFixture azurite)
{
    private const string EveryMinute = "0 * * * * *";

    [Fact]
    public async Task Status_with_next_in_the_past_runs_once_at_start_as_past_due()
    {
        await using var bed = new TimerTestBed(azurite, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TimerTestBed.At(10, 30)));
        var ct = TestContext.Current.CancellationToken;
        await bed.Container.CreateAsync(cancellationToken: ct);
        var statusBlob = bed.Container.GetBlobClient($"timers/{TimerTestBed.HostId}/Host.Functions.Reconcile/status");
        await statusBlob.UploadAsync(
            BinaryData.FromString("""{"Last":"2026-11-29T08:00:00+00:00","Next":"2026-11-29T09:00:00+00:00","LastUpdated":"2026-11-29T08:00:00+00:00"}"""),
            ct);
        var listener = bed.Listener("a", new TimerTriggerDefinition("Reconcile", "0 0 * * * *"));

        await listener.StartAsync(ct);
        await bed.Runs.WhenCount(1, "the past-due run");
        await listener.StopAsync(ct);

        var run = Assert.Single(bed.Runs.All);
        Assert.True(run.IsPastDue);
        Assert.Equal((TimerTestBed.At(8, 0).UtcDateTime, TimerTestBed.At(9, 0).UtcDateTime), (run.Status!.Last, run.Status.Next));
        var stored = (await statusBlob.DownloadContentAsync(ct)).Value.Content.ToObjectFromJson<TimerScheduleStatus>();
        Assert.Equal(new TimerScheduleStatus(TimerTestBed.At(10, 30), TimerTestBed.At(11, 0), TimerTestBed.At(10, 30)), stored);
    }

    [Fact]
    public async Task RunOnStartup_runs_once_when_listening_starts()
    {
        await using var bed = new TimerTestBed(azurite);
        var ct = TestContext.Current.CancellationToken;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Reconcile", "0 0 * * * *", RunOnStartup: true));

        await listener.StartAsync(ct);
        await bed.Runs.WhenCount(1, "the startup run");
        await Awaited.Within(bed.Logs["a"].WhenLogged("Invoked"), "the startup run to finish");
        await listener.StopAsync(ct);

        var run = Assert.Single(bed.Runs.All);
        Assert.Equal((TimerTestBed.Start, false, TimerTestBed.At(11, 0).UtcDateTime), (run.FiredAt, run.IsPastDue, run.Status!.Next));
    }

    [Fact]
    public async Task TimeSpan_schedule_runs_at_a_constant_interval_without_monitor()
    {
        await using var bed = new TimerTestBed(azurite);
        var ct = TestContext.Current.CancellationToken;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Poll", "00:00:10"));
        await listener.StartAsync(ct);
        await bed.AnyListening();

        bed.FakeTime.Advance(TimeSpan.FromSeconds(10));
        await bed.Runs.WhenCount(1, "the first interval run");
        bed.FakeTime.Advance(TimeSpan.FromSeconds(10));
        await bed.Runs.WhenCount(2, "the second interval run");
        await listener.StopAsync(ct);

        Assert.Equal([TimerTestBed.At(10, 0, 40), TimerTestBed.At(10, 0, 50)], bed.Runs.All.Select(run => run.FiredAt));
        Assert.All(bed.Runs.All, run => Assert.Null(run.Status));
    }

    [Fact]
    public async Task Throwing_function_does_not_stop_later_occurrences()
    {
        await using var bed = new TimerTestBed(azurite);
        var ct = TestContext.Current.CancellationToken;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Reconcile", EveryMinute), (number, _) =>
            number == 1 ? throw new InvalidOperationException("first run fails") : Task.CompletedTask);
        await listener.StartAsync(ct);
        await bed.AnyListening();

        bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
        await bed.Runs.WhenCount(1, "the failing run");
        bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
        await bed.Runs.WhenCount(2, "the run after the failure");
        await listener.StopAsync(ct);

        Assert.Equal([1, 2], bed.Runs.All.Select(run => run.Status!.Next.Minute));
        Assert.Equal(1, bed.Logs["a"].Count("InvocationFailed"));
    }

    [Fact]
    public async Task Run_longer_than_the_interval_delays_the_next_occurrence_without_overlap()
    {
        await using var bed = new TimerTestBed(azurite);
        var ct = TestContext.Current.CancellationToken;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var mostAtOnce = 0;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Reconcile", EveryMinute), async (number, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            if (number == 1)
            {
                await Awaited.Within(release.Task, "the test to release the long run");
            }

            Interlocked.Decrement(ref running);
        });
        await listener.StartAsync(ct);
        await bed.AnyListening();

        bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
        await bed.Runs.WhenCount(1, "the long run");
        bed.FakeTime.Advance(TimeSpan.FromMinutes(2));
        var runsWhileLong = bed.Runs.All.Count;
        release.SetResult();
        await bed.Runs.WhenCount(2, "the occurrence that came due during the long run");
        await listener.StopAsync(ct);

        Assert.Equal(1, runsWhileLong);
        Assert.Equal(1, mostAtOnce);
        Assert.Equal([1, 2], bed.Runs.All.Select(run => run.Status!.Next.Minute));
    }

    [Fact]
    public async Task Stop_cancels_the_invocation_token_after_the_grace_period()
    {
        await using var bed = new TimerTestBed(azurite);
        var ct = TestContext.Current.CancellationToken;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Reconcile", "0 0 * * * *", RunOnStartup: true), (_, token) =>
            Task.Delay(Timeout.InfiniteTimeSpan, token));
        await listener.StartAsync(ct);
        await bed.Runs.WhenCount(1, "the startup run");

        var stopping = listener.StopAsync(ct);
        bed.FakeTime.Advance(bed.Options.StopGracePeriod);
        await Awaited.Within(stopping, "stop to cancel the run after the grace period");

        Assert.Equal((1, 1), (bed.Logs["a"].Count("StopGraceElapsed"), bed.Logs["a"].Count("InvocationCanceled")));
    }

    [Fact]
    public async Task Every_second_cron_runs_on_the_real_clock_without_monitor()
    {
        await using var bed = new TimerTestBed(azurite, TimeProvider.System);
        var ct = TestContext.Current.CancellationToken;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Drain", "*/1 * * * * *"));

        await listener.StartAsync(ct);
        await bed.Runs.WhenCount(2, "two runs one second apart");
        await listener.StopAsync(ct);

        var runs = bed.Runs.All;
        Assert.True(runs[1].FiredAt - runs[0].FiredAt >= TimeSpan.FromMilliseconds(900), $"runs at {runs[0].FiredAt:o} and {runs[1].FiredAt:o}");
        Assert.All(runs, run => Assert.Null(run.Status));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

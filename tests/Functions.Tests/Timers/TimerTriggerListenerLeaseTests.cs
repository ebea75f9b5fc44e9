using Integration.Functions.LocalHost.Timers;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.Timers;

public sealed class TimerTriggerListenerLeaseTests(AzuriteFixture azurite)
{
    private const string EveryMinute = "0 * * * * *";

    [Fact]
    public async Task Two_instances_on_one_host_id_run_each_occurrence_exactly_once()
    {
        await using var bed = new TimerTestBed(azurite);
        var trigger = new TimerTriggerDefinition("Reconcile", EveryMinute);
        var ct = TestContext.Current.CancellationToken;
        var a = bed.Listener("a", trigger);
        var b = bed.Listener("b", trigger);
        await a.StartAsync(ct);
        await b.StartAsync(ct);
        var holder = await bed.AnyListening();

        for (var i = 1; i <= 5; i++)
        {
            bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
            await bed.Runs.WhenCount(i, $"the run of occurrence {i}");
        }

        await a.StopAsync(ct);
        await b.StopAsync(ct);

        var runs = bed.Runs.All;
        Assert.Equal([1, 2, 3, 4, 5], runs.Select(run => run.Status!.Next.Minute));
        Assert.All(runs, run => Assert.Equal(holder, run.Instance));
    }

    [Fact]
    public async Task Lease_holder_stopping_hands_the_schedule_to_the_other_instance()
    {
        await using var bed = new TimerTestBed(azurite);
        var trigger = new TimerTriggerDefinition("Reconcile", EveryMinute);
        var ct = TestContext.Current.CancellationToken;
        var listeners = new Dictionary<string, TimerTriggerListener> { ["a"] = bed.Listener("a", trigger), ["b"] = bed.Listener("b", trigger) };
        await listeners["a"].StartAsync(ct);
        await listeners["b"].StartAsync(ct);
        var holder = await bed.AnyListening();
        var other = holder == "a" ? "b" : "a";
        bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
        await bed.Runs.WhenCount(1, "the first occurrence on the lease holder");

        await listeners[holder].StopAsync(ct);
        bed.FakeTime.Advance(bed.Options.LeaseAcquireInterval);
        await Awaited.Within(bed.Logs[other].WhenLogged("Listening"), $"instance {other} to take the lease over");
        bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
        await bed.Runs.WhenCount(2, "the second occurrence on the instance that took over");
        await listeners[other].StopAsync(ct);

        var runs = bed.Runs.All;
        Assert.Equal([(holder, 1, false), (other, 2, false)], runs.Select(run => (run.Instance, run.Status!.Next.Minute, run.IsPastDue)));
    }

    [Fact]
    public async Task Lease_expired_under_the_holder_passes_the_schedule_to_the_other_instance()
    {
        await using var bed = new TimerTestBed(azurite);
        var trigger = new TimerTriggerDefinition("Reconcile", EveryMinute);
        var ct = TestContext.Current.CancellationToken;
        var listeners = new Dictionary<string, TimerTriggerListener> { ["a"] = bed.Listener("a", trigger), ["b"] = bed.Listener("b", trigger) };
        await listeners["a"].StartAsync(ct);
        await listeners["b"].StartAsync(ct);
        var holder = await bed.AnyListening();
        var other = holder == "a" ? "b" : "a";

        // A crashed holder's lease expires; breaking it has the same effect without waiting 15 s.
        var lockBlob = bed.Container.GetBlobClient($"locks/{TimerTestBed.HostId}/Host.Functions.Reconcile.Listener");
        await Azure.Storage.Blobs.Specialized.SpecializedBlobExtensions.GetBlobLeaseClient(lockBlob).BreakAsync(TimeSpan.Zero, cancellationToken: ct);
        bed.FakeTime.Advance(bed.Options.LeaseAcquireInterval);
        await Awaited.Within(bed.Logs[other].WhenLogged("Listening"), $"instance {other} to acquire the expired lease");
        bed.FakeTime.Advance(bed.Options.LeasePeriod / 2);
        await Awaited.Within(bed.Logs[holder].WhenLogged("LeaseLost"), $"instance {holder} to notice the lost lease on renewal");
        bed.FakeTime.Advance(TimeSpan.FromMinutes(1));
        await bed.Runs.WhenCount(1, "the occurrence on the new holder");
        await listeners["a"].StopAsync(ct);
        await listeners["b"].StopAsync(ct);

        var run = Assert.Single(bed.Runs.All);
        Assert.Equal((other, 1), (run.Instance, run.Status!.Next.Minute));
    }

    [Fact]
    public async Task Stop_lets_the_running_invocation_finish_then_releases_the_lease()
    {
        await using var bed = new TimerTestBed(azurite);
        var ct = TestContext.Current.CancellationToken;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelledWhenDone = true;
        var listener = bed.Listener("a", new TimerTriggerDefinition("Reconcile", "0 0 * * * *", RunOnStartup: true), async (_, token) =>
        {
            await Awaited.Within(release.Task, "the test to let the run finish");
            cancelledWhenDone = token.IsCancellationRequested;
        });
        await listener.StartAsync(ct);
        await bed.Runs.WhenCount(1, "the startup run");

        var stopping = listener.StopAsync(ct);
        var stoppedBeforeRelease = stopping.IsCompleted;
        release.SetResult();
        await Awaited.Within(stopping, "stop to complete after the run finished");

        Assert.False(stoppedBeforeRelease);
        Assert.False(cancelledWhenDone);
        var properties = await bed.Container.GetBlobClient($"locks/{TimerTestBed.HostId}/Host.Functions.Reconcile.Listener").GetPropertiesAsync(cancellationToken: ct);
        Assert.Equal(Azure.Storage.Blobs.Models.LeaseState.Available, properties.Value.LeaseState);
    }
}

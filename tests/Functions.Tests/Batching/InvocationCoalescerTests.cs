using Integration.Functions.Batching;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Functions.Tests.Batching;

public sealed class InvocationCoalescerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static InvocationCoalescer<string, IReadOnlyList<string>> Coalescer(
        RecordingFlush flush, TimeSpan linger, int maxWeight = 100, int slots = 1, TimeProvider? time = null) =>
        new(flush.FlushAsync, new CoalescerSettings(linger, maxWeight, slots), time ?? TimeProvider.System);

    [Fact]
    public async Task Submissions_within_the_linger_share_one_flush_in_arrival_order()
    {
        var time = new FakeTimeProvider();
        var flush = new RecordingFlush();
        using var coalescer = Coalescer(flush, TimeSpan.FromMinutes(1), time: time);

        var submitted = new[] { "a", "b", "c" }.Select(item => coalescer.SubmitAsync(item, 1, Ct)).ToList();
        Assert.Equal(3, coalescer.Pending);
        Assert.Empty(flush.Calls);
        time.Advance(TimeSpan.FromMinutes(1));
        var results = await Task.WhenAll(submitted).WaitAsync(Wait, Ct);

        Assert.Equal(["a", "b", "c"], Assert.Single(flush.Calls));
        Assert.All(results, result => Assert.Equal(["a", "b", "c"], result));
    }

    [Fact]
    public async Task Reaching_the_max_weight_flushes_without_waiting_for_the_linger()
    {
        var time = new FakeTimeProvider();
        var flush = new RecordingFlush();
        using var coalescer = Coalescer(flush, TimeSpan.FromHours(1), maxWeight: 5, time: time);

        var first = coalescer.SubmitAsync("two", 2, Ct);
        var second = coalescer.SubmitAsync("three", 3, Ct);
        await Task.WhenAll(first, second).WaitAsync(Wait, Ct);

        Assert.Equal(["two", "three"], Assert.Single(flush.Calls));
    }

    [Fact]
    public async Task A_flush_takes_no_more_than_the_max_weight_unless_one_submission_alone_exceeds_it()
    {
        var flush = new RecordingFlush();
        using var coalescer = Coalescer(flush, TimeSpan.Zero, maxWeight: 5);

        await Task.WhenAll(coalescer.SubmitAsync("big", 9, Ct), coalescer.SubmitAsync("x", 3, Ct), coalescer.SubmitAsync("y", 2, Ct)).WaitAsync(Wait, Ct);

        Assert.Contains(flush.Calls, call => call.SequenceEqual(["big"]));
        Assert.Equal(["big", "x", "y"], flush.Calls.SelectMany(c => c).Order(StringComparer.Ordinal));
        Assert.All(flush.Calls.Where(c => !c.Contains("big")), call => Assert.True(call.Count <= 2));
    }

    [Fact]
    public async Task Submissions_arriving_while_the_slot_is_busy_go_together_into_the_next_flush()
    {
        var flush = new RecordingFlush { Hold = true };
        using var coalescer = Coalescer(flush, TimeSpan.Zero);

        var first = coalescer.SubmitAsync("a", 1, Ct);
        await flush.StartedAsync(1);
        var later = new[] { "b", "c", "d" }.Select(item => coalescer.SubmitAsync(item, 1, Ct)).ToList();
        Assert.Equal(3, coalescer.Pending);
        flush.Gate.SetResult();
        await Task.WhenAll([first, .. later]).WaitAsync(Wait, Ct);

        Assert.Equal(2, flush.Calls.Count);
        Assert.Equal(["b", "c", "d"], flush.Calls[1]);
    }

    [Fact]
    public async Task A_submission_ahead_goes_before_those_already_pending()
    {
        var flush = new RecordingFlush { Hold = true };
        using var coalescer = Coalescer(flush, TimeSpan.Zero);

        var first = coalescer.SubmitAsync("a", 1, Ct);
        await flush.StartedAsync(1);
        var later = new[] { "b", "c" }.Select(item => coalescer.SubmitAsync(item, 1, Ct)).ToList();
        var ahead = coalescer.SubmitAsync("held", 1, ahead: true, Ct);
        flush.Gate.SetResult();
        await Task.WhenAll([first, ahead, .. later]).WaitAsync(Wait, Ct);

        Assert.Equal(["held", "b", "c"], flush.Calls[1]);
    }

    [Fact]
    public async Task A_failed_flush_fails_every_submission_it_held()
    {
        var flush = new RecordingFlush { Failure = new InvalidOperationException("vendor down") };
        var time = new FakeTimeProvider();
        using var coalescer = Coalescer(flush, TimeSpan.FromSeconds(1), time: time);

        var submitted = new[] { "a", "b" }.Select(item => coalescer.SubmitAsync(item, 1, Ct)).ToList();
        time.Advance(TimeSpan.FromSeconds(1));

        foreach (var submission in submitted)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => submission.WaitAsync(Wait, Ct));
            Assert.Equal("vendor down", error.Message);
        }

        Assert.Single(flush.Calls);
    }

    [Fact]
    public async Task A_submission_cancelled_while_pending_is_withdrawn_from_the_flush()
    {
        var time = new FakeTimeProvider();
        var flush = new RecordingFlush();
        using var coalescer = Coalescer(flush, TimeSpan.FromSeconds(1), time: time);
        using var cancel = new CancellationTokenSource();

        var withdrawn = coalescer.SubmitAsync("gone", 1, cancel.Token);
        var kept = coalescer.SubmitAsync("kept", 1, Ct);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withdrawn.WaitAsync(Wait, Ct));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["kept"], await kept.WaitAsync(Wait, Ct));
        Assert.Equal(["kept"], Assert.Single(flush.Calls));
    }

    [Fact]
    public async Task The_flush_token_is_cancelled_only_once_every_submitter_of_the_flush_is_cancelled()
    {
        var flush = new RecordingFlush { Hold = true };
        var time = new FakeTimeProvider();
        using var coalescer = Coalescer(flush, TimeSpan.FromSeconds(1), time: time);
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();

        var submitted = new[] { coalescer.SubmitAsync("a", 1, first.Token), coalescer.SubmitAsync("b", 1, second.Token) };
        time.Advance(TimeSpan.FromSeconds(1));
        await flush.StartedAsync(1);
        await first.CancelAsync();
        Assert.False(flush.LastToken.IsCancellationRequested, "one of two submitters cancelled: the flush must go on for the other");
        await second.CancelAsync();

        Assert.True(flush.LastToken.IsCancellationRequested);
        foreach (var submission in submitted)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => submission.WaitAsync(Wait, Ct));
        }
    }

    [Fact]
    public async Task Running_alone_flushes_just_that_item_at_once()
    {
        var time = new FakeTimeProvider();
        var flush = new RecordingFlush();
        using var coalescer = Coalescer(flush, TimeSpan.FromHours(1), time: time);

        var pending = coalescer.SubmitAsync("waits", 1, Ct);
        var alone = await coalescer.RunAloneAsync("retried", Ct).WaitAsync(Wait, Ct);

        Assert.Equal(["retried"], alone);
        Assert.Equal(["retried"], Assert.Single(flush.Calls));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(["waits"], await pending.WaitAsync(Wait, Ct));
    }
}

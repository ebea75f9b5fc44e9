using Integration.Connectors.RequestBudget;
using Integration.Core.Records;
using Microsoft.Extensions.Time.Testing;
using Budget = Integration.Connectors.RequestBudget.Internal.RequestBudget;

namespace Integration.Connectors.Tests.RequestBudget;

public sealed class RequestBudgetTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Acquire_over_the_window_limit_waits_until_the_oldest_grant_leaves_the_window()
    {
        var budget = NewBudget(limit: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken).IsCompletedSuccessfully, $"grant {i} should be immediate");
        }

        var fourth = budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromSeconds(10), budget.NextGrantIn(WriteLane.Live, false));

        _time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.False(fourth.IsCompleted, "the fourth request went before the first left the 10 s window");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WaitAsync(Settle, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Answered_request_frees_its_slot_one_interval_after_the_answer_not_after_the_grant()
    {
        // The vendor counts a request when it arrives, after the grant: the slot is only surely free on its side
        // one interval after the answer.
        var budget = NewBudget(limit: 1);
        var grant = await budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(3));

        budget.Answered(grant);

        Assert.Equal(TimeSpan.FromSeconds(10), budget.NextGrantIn(WriteLane.Live, false));
        _time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.Equal(TimeSpan.FromMilliseconds(1), budget.NextGrantIn(WriteLane.Live, false));
    }

    [Fact]
    public async Task Waiting_request_goes_one_interval_after_the_answer_of_the_request_holding_the_slot()
    {
        var budget = NewBudget(limit: 1);
        var grant = await budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        var waiting = budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(2));
        budget.Answered(grant);

        _time.Advance(TimeSpan.FromSeconds(8));
        Assert.False(waiting.IsCompleted, "the waiting request went 10 s after the grant, though the answer came 2 s later");
        _time.Advance(TimeSpan.FromSeconds(2));
        await waiting.WaitAsync(Settle, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Bulk_lane_at_its_share_leaves_live_requests_immediate()
    {
        var budget = NewBudget(limit: 10, bulkShare: 0.8);
        var bulk = Enumerable.Range(0, 20).Select(_ => budget.AcquireAsync(WriteLane.Bulk, false, TestContext.Current.CancellationToken)).ToList();

        Assert.Equal(8, bulk.Count(task => task.IsCompletedSuccessfully));
        Assert.True(budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken).IsCompletedSuccessfully, "live waited behind a saturated bulk lane");
        Assert.True(budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken).IsCompletedSuccessfully, "the second live request waited");
    }

    [Fact]
    public async Task Bulk_request_waits_while_live_requests_filled_the_window_to_the_bulk_share()
    {
        var budget = NewBudget(limit: 10, bulkShare: 0.8);
        for (var i = 0; i < 8; i++)
        {
            await budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        }

        // Past its share bulk only takes slots that free within 2 s (the unshared fifth of the 10 s window).
        Assert.Equal(TimeSpan.FromSeconds(8), budget.NextGrantIn(WriteLane.Bulk, false));
        Assert.Equal(TimeSpan.Zero, budget.NextGrantIn(WriteLane.Live, false));
    }

    [Fact]
    public async Task Paced_bulk_lane_alone_keeps_the_full_rate_past_its_share()
    {
        // Past its share bulk takes slots about to free, so alone it keeps one grant per step (1 s) once the window rolls.
        var budget = NewBudget(limit: 10, bulkShare: 0.8, pace: true);
        var started = _time.GetUtcNow();
        var grants = new List<TimeSpan>();
        for (var i = 0; i < 15; i++)
        {
            var bulk = budget.AcquireAsync(WriteLane.Bulk, false, TestContext.Current.CancellationToken);
            if (!bulk.IsCompleted)
            {
                _time.Advance(budget.NextGrantIn(WriteLane.Bulk, false));
            }

            await bulk.WaitAsync(Settle, TestContext.Current.CancellationToken);
            grants.Add(_time.GetUtcNow() - started);
        }

        Assert.Equal(Enumerable.Range(0, 15).Select(i => TimeSpan.FromSeconds(i)), grants);
    }

    [Fact]
    public async Task Waiting_live_request_is_served_before_waiting_bulk_requests()
    {
        var budget = NewBudget(limit: 2, bulkShare: 1.0);
        var bulk = Enumerable.Range(0, 7).Select(_ => budget.AcquireAsync(WriteLane.Bulk, false, TestContext.Current.CancellationToken)).ToList();
        var live = budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        Assert.False(live.IsCompleted, "the window was full, the live request cannot go yet");

        _time.Advance(TimeSpan.FromSeconds(10));
        await live.WaitAsync(Settle, TestContext.Current.CancellationToken);

        // Two slots freed at 10 s: the live request took one, so at most one more bulk request went.
        Assert.True(bulk.Count(task => task.IsCompleted) <= 3, $"{bulk.Count(task => task.IsCompleted)} bulk requests done; at most 3 (2 + 1) may be");
    }

    [Fact]
    public async Task Paced_bulk_lane_saturating_the_window_keeps_a_live_request_within_one_step()
    {
        var budget = NewBudget(limit: 10, bulkShare: 1.0, pace: true);
        var started = _time.GetUtcNow();
        for (var i = 0; i < 10; i++)
        {
            var bulk = budget.AcquireAsync(WriteLane.Bulk, false, TestContext.Current.CancellationToken);
            if (!bulk.IsCompleted)
            {
                _time.Advance(budget.NextGrantIn(WriteLane.Bulk, false));
            }

            await bulk.WaitAsync(Settle, TestContext.Current.CancellationToken);
        }

        // Ten bulk grants one second apart fill the 10 s window; the oldest leaves at 10 s.
        Assert.Equal(TimeSpan.FromSeconds(9), _time.GetUtcNow() - started);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(TimeSpan.FromMilliseconds(500), budget.NextGrantIn(WriteLane.Live, false));
        var live = budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromSeconds(10), budget.NextGrantIn(WriteLane.Bulk, false));
        _time.Advance(TimeSpan.FromMilliseconds(500));
        await live.WaitAsync(Settle, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Secondly_limited_requests_also_wait_for_the_secondly_window()
    {
        var budget = NewBudget(limit: 100, secondly: 5);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(budget.AcquireAsync(WriteLane.Live, true, TestContext.Current.CancellationToken).IsCompletedSuccessfully);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), budget.NextGrantIn(WriteLane.Live, true));
        Assert.Equal(TimeSpan.Zero, budget.NextGrantIn(WriteLane.Live, false));
    }

    [Fact]
    public async Task Daily_limit_reached_waits_until_utc_midnight()
    {
        var budget = new Budget("test", new RequestBudgetOptions { RequestsPerInterval = 100, DailyLimit = 2 }, _time);
        await budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        await budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromHours(15), budget.NextGrantIn(WriteLane.Live, false));
    }

    [Fact]
    public async Task Acquire_cancelled_while_waiting_throws_and_frees_live_priority()
    {
        var budget = NewBudget(limit: 1, bulkShare: 1.0);
        await budget.AcquireAsync(WriteLane.Live, false, TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();
        var live = budget.AcquireAsync(WriteLane.Live, false, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => live.WaitAsync(Settle, TestContext.Current.CancellationToken));
        Assert.Equal(TimeSpan.FromSeconds(10), budget.NextGrantIn(WriteLane.Bulk, false));
    }

    private Budget NewBudget(int limit, double bulkShare = 0.8, int secondly = 0, bool pace = false) =>
        new("test", new RequestBudgetOptions { RequestsPerInterval = limit, BulkShare = bulkShare, SecondlyLimit = secondly, DailyLimit = 0, PaceBulk = pace }, _time);
}

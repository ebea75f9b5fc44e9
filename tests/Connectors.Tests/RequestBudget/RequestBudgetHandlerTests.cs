using System.Net;
using System.Net.Http.Headers;
using Integration.Connectors.RequestBudget;
using Integration.Connectors.RequestBudget.Internal;
using Integration.Core.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Budget = Integration.Connectors.RequestBudget.Internal.RequestBudget;

namespace Integration.Connectors.Tests.RequestBudget;

public sealed class RequestBudgetHandlerTests
{
    private static readonly RateLimitHeaderNames Names = new("X-RL-Max", "X-RL-Remaining", "X-RL-Interval", "X-RL-Daily", "X-RL-Daily-Remaining");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Response_headers_showing_the_window_used_elsewhere_slow_the_next_request()
    {
        var budget = NewBudget(limit: 100);
        using var invoker = Invoker(budget, () => Ok(("X-RL-Max", "5"), ("X-RL-Remaining", "0"), ("X-RL-Interval", "2000")));

        using var response = await invoker.SendAsync(Get(), TestContext.Current.CancellationToken);

        Assert.Equal(5, budget.Limit);
        Assert.Equal(TimeSpan.FromSeconds(2), budget.NextGrantIn(WriteLane.Live, false));
    }

    [Fact]
    public async Task Response_headers_with_room_left_keep_requests_immediate()
    {
        var budget = NewBudget(limit: 100);
        using var invoker = Invoker(budget, () => Ok(("X-RL-Max", "190"), ("X-RL-Remaining", "189"), ("X-RL-Interval", "10000")));

        using var response = await invoker.SendAsync(Get(), TestContext.Current.CancellationToken);

        Assert.Equal(190, budget.Limit);
        Assert.Equal(TimeSpan.Zero, budget.NextGrantIn(WriteLane.Live, false));
    }

    [Fact]
    public async Task Daily_remaining_zero_holds_requests_until_utc_midnight()
    {
        var budget = NewBudget(limit: 100);
        using var invoker = Invoker(budget, () => Ok(("X-RL-Daily", "250000"), ("X-RL-Daily-Remaining", "0")));

        using var response = await invoker.SendAsync(Get(), TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromHours(15), budget.NextGrantIn(WriteLane.Live, false));
    }

    public static TheoryData<string?, double> RetryAfters => new()
    {
        { "3", 3 },
        { "Sun, 29 Nov 2026 09:00:07 GMT", 7 },
        { null, 2 },
    };

    [Theory]
    [MemberData(nameof(RetryAfters))]
    public async Task Too_many_requests_pauses_the_whole_budget_for_retry_after(string? retryAfter, double pauseSeconds)
    {
        var budget = NewBudget(limit: 100);
        using var invoker = Invoker(budget, () => TooMany(retryAfter));

        using var response = await invoker.SendAsync(Get(), TestContext.Current.CancellationToken);

        Assert.Equal(_time.GetUtcNow().AddSeconds(pauseSeconds), budget.PausedUntil);
        Assert.Equal(TimeSpan.FromSeconds(pauseSeconds), budget.NextGrantIn(WriteLane.Live, false));
        Assert.Equal(TimeSpan.FromSeconds(pauseSeconds), budget.NextGrantIn(WriteLane.Bulk, false));
    }

    [Fact]
    public async Task Request_waits_out_a_pause_before_it_is_sent()
    {
        var budget = NewBudget(limit: 100);
        var stub = new StubHandler(() => TooMany("1"), () => Ok());
        using var invoker = Invoker(budget, stub);
        using var throttled = await invoker.SendAsync(Get(), TestContext.Current.CancellationToken);

        var second = invoker.SendAsync(Get(), TestContext.Current.CancellationToken);
        Assert.Single(stub.Requests);
        _time.Advance(TimeSpan.FromSeconds(1));
        using var response = await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Lane_set_on_the_request_draws_from_that_lane()
    {
        var budget = NewBudget(limit: 2, bulkShare: 0.5);
        using var invoker = Invoker(budget, () => Ok());
        using var request = Get();
        RequestBudgetRequestOptions.SetLane(request, WriteLane.Bulk);

        using var response = await invoker.SendAsync(request, TestContext.Current.CancellationToken);

        // The bulk share (1 of 2) is used: the next bulk request may take the other slot once the first
        // is within 5 s (the unshared half of the window) of leaving; a live request goes now.
        Assert.Equal(TimeSpan.FromSeconds(5), budget.NextGrantIn(WriteLane.Bulk, false));
        Assert.Equal(TimeSpan.Zero, budget.NextGrantIn(WriteLane.Live, false));
    }

    private Budget NewBudget(int limit, double bulkShare = 0.8) =>
        new("test", new RequestBudgetOptions { RequestsPerInterval = limit, BulkShare = bulkShare, DailyLimit = 0 }, _time);

    private HttpMessageInvoker Invoker(Budget budget, Func<HttpResponseMessage> response) => Invoker(budget, new StubHandler(response));

    private HttpMessageInvoker Invoker(Budget budget, StubHandler stub) =>
        new(new RequestBudgetHandler(budget, Names, _ => false, _time, NullLogger<RequestBudgetHandler>.Instance) { InnerHandler = stub });

    private static HttpRequestMessage Get() => new(HttpMethod.Get, "https://api.example.com/thing");

    private static HttpResponseMessage Ok(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private static HttpResponseMessage TooMany(string? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = RetryConditionHeaderValue.Parse(retryAfter);
        }

        return response;
    }
}

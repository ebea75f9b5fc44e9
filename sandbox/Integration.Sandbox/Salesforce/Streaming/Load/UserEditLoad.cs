using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Streaming.Load;

/// <summary>
/// Simulated users editing existing records at a steady rate for a duration, on the injected clock: every tick
/// makes the edits due by then, each its own transaction with an empty changeOrigin (a UI change) and one of
/// three user ids as commitUser.
/// </summary>
internal sealed class UserEditLoad : IAsyncDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);
    private readonly SalesforceOrg _org;
    private readonly UserEditRequest _request;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly IReadOnlyList<SObjectType> _types;
    private readonly string[] _users;
    private readonly PeriodicTimer _timer;
    private readonly DateTimeOffset _start;
    private long _edits;

    public UserEditLoad(SalesforceOrg org, UserEditRequest request, TimeProvider time)
    {
        _org = org;
        _request = request;
        _time = time;
        _types = request.Objects is { Count: > 0 } names ? [.. names.Select(n => StandardSchema.Find(n)!)] : StandardSchema.All;
        _users = [.. Enumerable.Range(2, 3).Select(n => RecordId.Create("005", org.Store.OrgTag, n))];
        // The clock starts when the load is accepted, so a test that moves a fake clock right after moves this one.
        _start = time.GetUtcNow();
        _timer = new PeriodicTimer(Tick, time);
        Completion = Task.Run(RunAsync);
    }

    public long Edits => Interlocked.Read(ref _edits);
    public Task Completion { get; }
    public string? Error { get; private set; }
    public bool Running => !Completion.IsCompleted;

    public object Describe() => new
    {
        running = Running,
        ratePerSecond = _request.RatePerSecond,
        durationSeconds = _request.DurationSeconds,
        edits = Edits,
        error = Error,
    };

    /// <summary>Stops the edits and waits for the edit in progress.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Completion;
        _stop.Dispose();
        _timer.Dispose();
    }

    private async Task RunAsync()
    {
        var random = new Random(_request.Seed);
        var duration = TimeSpan.FromSeconds(_request.DurationSeconds);
        try
        {
            while (await _timer.WaitForNextTickAsync(_stop.Token))
            {
                var elapsed = _time.GetUtcNow() - _start;
                var due = (long)(_request.RatePerSecond * Math.Min(elapsed.TotalSeconds, duration.TotalSeconds));
                EditUntil(due, random);
                if (elapsed >= duration)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped through the control API.
        }
        catch (InvalidOperationException exception)
        {
            Error = exception.Message;
        }
    }

    private void EditUntil(long due, Random random)
    {
        lock (_org.Store.Gate)
        {
            while (Edits < due)
            {
                var record = UserEdit.Pick(_org.Store, _types, random);
                if (record is null)
                {
                    Error = "no live records to edit; seed the org first";
                    _stop.Cancel();
                    return;
                }

                var changes = new ChangeTransaction(_org.ChangeEvents, changeOrigin: string.Empty, _users[random.Next(_users.Length)]);
                var writer = new RecordWriter(_org.Store, _time, changes: changes);
                var outcome = writer.Update(record.Type, record.Id, UserEdit.Body(record.Type, random));
                if (!outcome.Success)
                {
                    throw new InvalidOperationException($"user edit of {record.Type.Name} {record.Id} failed: {outcome.Errors[0].Message}");
                }

                writer.Commit();
                Interlocked.Increment(ref _edits);
            }
        }
    }
}

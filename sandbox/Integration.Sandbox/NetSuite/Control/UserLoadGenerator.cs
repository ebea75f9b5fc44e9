using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Records;
using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary>
/// The "users" of an account: edits through the same writer as REST (so each edit stamps lastModified and fires a
/// webhook), paced by the sandbox clock. Runs stop at their end, on reset, or when the sandbox stops.
/// </summary>
internal sealed class UserLoadGenerator(TimeProvider time, IHostApplicationLifetime lifetime)
{
    private readonly ConcurrentDictionary<string, (NetSuiteAccount Account, UserLoadRun Run, CancellationTokenSource Stop)> _runs = new();
    private int _next;

    public UserLoadRun Start(NetSuiteAccount account, UserLoadRequest request)
    {
        var run = new UserLoadRun($"run-{Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture)}");
        var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        var until = time.GetUtcNow() + TimeSpan.FromSeconds(request.DurationSeconds);
        var interval = TimeSpan.FromSeconds(1 / request.EditsPerSecond);
        _runs[run.Id] = (account, run, stop);
        run.Completion = Task.WhenAll(Enumerable.Range(0, request.Users)
            .Select(user => Task.Run(() => UserAsync(account, run, new Random(request.Seed + user), until, interval, stop.Token), stop.Token)));
        return run;
    }

    public UserLoadRun? Find(string runId) => _runs.TryGetValue(runId, out var entry) ? entry.Run : null;

    public void StopAll(NetSuiteAccount account)
    {
        foreach (var (id, entry) in _runs.Where(r => r.Value.Account == account))
        {
            entry.Stop.Cancel();
            _runs.TryRemove(id, out _);
        }
    }

    private async Task UserAsync(NetSuiteAccount account, UserLoadRun run, Random random, DateTimeOffset until, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            while (time.GetUtcNow() < until && !cancellationToken.IsCancellationRequested)
            {
                Edit(account, run, random);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by reset or shutdown.
        }
    }

    private static void Edit(NetSuiteAccount account, UserLoadRun run, Random random)
    {
        var type = random.Next(2) == 0 ? RecordType.Customer : RecordType.Contact;
        long? id;
        lock (account.Store.Gate)
        {
            var table = account.Store.Table(type);
            id = table.Count == 0 ? null : table.At(random.Next(table.Count))?.Id;
        }

        if (id is null)
        {
            return;
        }

        var field = type == RecordType.Customer ? "comments" : "title";
        var body = new JsonObject { [field] = $"edit {random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)}" };
        if (account.Writer.Update(type, id.Value, body, strictNames: false).Error is null)
        {
            run.Count(type.RestName, id.Value);
        }
    }
}

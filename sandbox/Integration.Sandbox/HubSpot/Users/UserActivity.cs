using System.Globalization;
using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.Tenancy;

namespace Integration.Sandbox.HubSpot.Users;

/// <summary>
/// Simulated people editing records in the HubSpot UI (<c>changeSource: CRM_UI</c>, <c>sourceId: userId:N</c>):
/// a number of edits at once, or a background run at a rate for a duration (timed by the TimeProvider).
/// Edits pick a live record and a plain property of a type at random from a seeded generator.
/// </summary>
internal sealed class UserActivity(HubSpotPortal portal, TimeProvider time, CancellationToken stopping)
{
    private const long FirstUserId = 7_000_001;
    private static readonly Dictionary<string, string[]> Editable = new(StringComparer.Ordinal)
    {
        ["contacts"] = ["jobtitle", "phone", "firstname"],
        ["companies"] = ["city", "phone", "numberofemployees"],
        ["deals"] = ["amount", "dealname"],
    };

    private readonly Lock _gate = new();
    private CancellationTokenSource? _run;
    private long _edits;

    public long EditsMade => Interlocked.Read(ref _edits);

    public bool Running => _run is { IsCancellationRequested: false };

    /// <summary>Applies <paramref name="count"/> edits now and returns them.</summary>
    public IReadOnlyList<UserEdit> Edit(int count, int seed, string? objectType, int users)
    {
        var random = new Random(seed);
        var edits = new List<UserEdit>(count);
        for (var i = 0; i < count; i++)
        {
            if (EditOne(random, objectType, users) is { } edit)
            {
                edits.Add(edit);
            }
        }

        return edits;
    }

    /// <summary>Starts a background run (replacing one that runs) of <paramref name="perSecond"/> edits per second.</summary>
    public void Start(double perSecond, TimeSpan duration, int seed, string? objectType, int users)
    {
        lock (_gate)
        {
            StopRun();
            _run = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var token = _run.Token;
            _ = Task.Run(() => RunAsync(perSecond, duration, seed, objectType, users, token), CancellationToken.None);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            StopRun();
        }
    }

    private void StopRun()
    {
        _run?.Cancel();
        _run?.Dispose();
        _run = null;
    }

    private async Task RunAsync(double perSecond, TimeSpan duration, int seed, string? objectType, int users, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var end = time.GetUtcNow() + duration;
        try
        {
            while (time.GetUtcNow() < end)
            {
                EditOne(random, objectType, users);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the control API, a reset or the sandbox stopping.
        }
    }

    private UserEdit? EditOne(Random random, string? objectType, int users)
    {
        return portal.Write(changes =>
        {
            var tables = portal.Store.Tables.Values.Where(t => t.LiveCount > 0 && (objectType is null || t.Type.Name == objectType)).ToList();
            if (tables.Count == 0)
            {
                return null;
            }

            var table = tables[random.Next(tables.Count)];
            CrmRecord record;
            do
            {
                record = table.Ordered[random.Next(table.Ordered.Count)];
            }
            while (record.Archived);

            var properties = Editable[table.Type.Name];
            var property = properties[random.Next(properties.Length)];
            var value = NewValue(property, random);
            var userId = FirstUserId + random.Next(Math.Max(users, 1));
            portal.Writer.Update(table, record, new Dictionary<string, string?> { [property] = value }, ChangeOrigin.User(userId), changes);
            Interlocked.Increment(ref _edits);
            return new UserEdit(table.Type.Name, record.Id, property, value, userId);
        });
    }

    private static string NewValue(string property, Random random) => property switch
    {
        "phone" => $"+1 555 {random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}",
        "amount" or "numberofemployees" => random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture),
        _ => $"{property}-{random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)}",
    };
}

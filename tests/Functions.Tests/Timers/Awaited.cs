namespace Integration.Functions.Tests.Timers;

/// <summary>Awaits a signal under a real-time limit whose failure says what was awaited.</summary>
internal static class Awaited
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task Within(Task signal, string what)
    {
        try
        {
            await signal.WaitAsync(Limit, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out after {Limit.TotalSeconds} s waiting for {what}.");
        }
    }

    public static async Task<T> Within<T>(Task<T> signal, string what)
    {
        await Within((Task)signal, what);
        return await signal;
    }
}

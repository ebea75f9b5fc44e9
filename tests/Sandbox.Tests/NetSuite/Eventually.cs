namespace Integration.Sandbox.Tests.NetSuite;

/// <summary>Awaits a condition observed through the API, failing with what was awaited when it does not hold in time.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string awaited, int timeoutMs = 5000)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(timeoutMs);
        while (!await condition())
        {
            try
            {
                await Task.Delay(10, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out after {timeoutMs} ms awaiting {awaited}.");
            }
        }
    }
}

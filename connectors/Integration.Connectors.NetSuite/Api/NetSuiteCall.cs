using System.Runtime.ExceptionServices;
using Refit;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>
/// Calls a Refit method and lets the handler chain's own exceptions through: Refit 16 wraps anything
/// thrown while sending (our <c>NetSuiteApiException</c>, transport failures, timeouts, cancellation) in an
/// <see cref="ApiRequestException"/>; callers should see the cause, with its original stack trace.
/// </summary>
internal static class NetSuiteCall
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiRequestException wrapped) when (wrapped.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(wrapped.InnerException);
            throw;
        }
    }
}

using Integration.Connectors.NetSuite.Errors;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Integration.Connectors.NetSuite.Governance;

/// <summary>
/// The outer resilience of a NetSuite client: retries of server errors (5xx), 408, transport failures
/// and attempt timeouts, with exponential jittered back-off; each attempt bounded by <c>AttemptTimeout</c>.
/// CONCURRENCY_LIMIT_EXCEEDED is retried inside, by <see cref="NetSuiteConcurrencyHandler"/>; a record
/// create (<c>POST /record/v1/…</c>) is never retried, since it is not idempotent.
/// </summary>
internal static class NetSuiteResiliencePipeline
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, NetSuiteConnectionOptions options)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                MaxDelay = MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context.GetRequestMessage())),
            });
        }

        pipeline.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (request is not null && request.Method == HttpMethod.Post && !request.RequestUri!.AbsolutePath.EndsWith("/suiteql", StringComparison.Ordinal))
        {
            return false;
        }

        return outcome.Exception switch
        {
            NetSuiteApiException error => error.IsTransient && !error.IsConcurrencyLimit,
            HttpRequestException or TimeoutRejectedException => true,
            _ => false,
        };
    }
}

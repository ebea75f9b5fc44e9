using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Integration.Connectors.Salesforce.Http;

/// <summary>
/// The pipeline around every Salesforce call, outermost first: total timeout, jittered exponential retry,
/// circuit breaker, per-attempt timeout. Failures are classified by <see cref="SalesforceRetryability"/>.
/// </summary>
internal static class SalesforceResiliencePipeline
{
    /// <summary>Adds the strategies to <paramref name="builder"/>.</summary>
    /// <param name="builder">The client's pipeline.</param>
    /// <param name="options">The settings.</param>
    /// <param name="retryPost">Whether POSTs may be retried: only for the token endpoint, never for record creates.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SalesforceResilienceOptions options, bool retryPost)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    SalesforceRetryability.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), retryPost)),
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(SalesforceRetryability.IsTransient(args.Outcome)),
        });
        builder.AddTimeout(options.AttemptTimeout);
    }
}

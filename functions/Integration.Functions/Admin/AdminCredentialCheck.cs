using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin;

/// <summary>At start, warns when the management API has no credentials: the app still starts (health probes), every management call answers 401.</summary>
internal sealed partial class AdminCredentialCheck(IOptions<AdminOptions> options, ILogger<AdminCredentialCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.AnyCredentialConfigured)
        {
            LogNoCredentials(logger, AdminOptions.SectionName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The management API has no credentials: set {Section}:ApiKeys or {Section}:Entra:Authority. Until then every management request answers 401.")]
    private static partial void LogNoCredentials(ILogger logger, string section);
}

using Microsoft.Extensions.Logging;

namespace Integration.Connectors.RequestBudget.Internal;

internal static partial class RequestBudgetLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Request budget {Budget} paused for {PauseMilliseconds} ms after a 429 on {Path}")]
    public static partial void Paused(ILogger logger, string budget, double pauseMilliseconds, string? path);
}

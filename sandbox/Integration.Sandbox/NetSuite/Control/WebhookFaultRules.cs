using Integration.Sandbox.Faults;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary>
/// Webhook faults in the shared rule model: <c>errorCode</c> <c>DROP</c> or <c>DUPLICATE</c> (checked per
/// webhook, so they become record-scope rules) and <c>latencyMs</c> (a delay, a request-scope rule). A rule
/// with both is split in two. <c>pathContains</c> matches <c>/{recordType}/{eventType}</c>.
/// </summary>
internal static class WebhookFaultRules
{
    public static IReadOnlyList<FaultRule> Normalize(IReadOnlyList<FaultRule> rules)
    {
        var normalized = new List<FaultRule>();
        foreach (var rule in rules)
        {
            if (rule.ErrorCode is not null)
            {
                if (!rule.ErrorCode.Equals("DROP", StringComparison.OrdinalIgnoreCase) && !rule.ErrorCode.Equals("DUPLICATE", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"webhook fault errorCode is '{rule.ErrorCode}'; it must be DROP or DUPLICATE (use latencyMs for delays)");
                }

                normalized.Add(rule with { Scope = FaultScope.Record, LatencyMs = 0, Status = null });
            }

            if (rule.LatencyMs > 0)
            {
                normalized.Add(rule with { Scope = FaultScope.Request, ErrorCode = null, Status = null });
            }
        }

        return normalized;
    }
}

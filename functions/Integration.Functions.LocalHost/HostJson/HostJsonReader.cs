using System.Globalization;
using Azure.Storage.Queues;

namespace Integration.Functions.LocalHost.HostJson;

/// <summary>
/// Reads and validates the host.json settings the local host honours. A bad value stops the start with a
/// message naming the key, the value and the rule, e.g. "host.json extensions.queues.batchSize is 40; it must be 1 to 32."
/// </summary>
public static class HostJsonReader
{
    /// <summary>Reads root settings (<c>functionTimeout</c>, <c>extensions.http.routePrefix</c>).</summary>
    public static void Read(IConfiguration configuration, FunctionHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var host = configuration.GetSection(HostJsonConfiguration.SectionName);
        if (host["functionTimeout"] is { Length: > 0 } timeout)
        {
            options.FunctionTimeout = timeout.Trim() == "-1" ? null : PositiveTimeSpan("functionTimeout", timeout, "a positive TimeSpan such as 00:10:00, or -1 for unbounded");
        }

        if (host.GetSection("extensions:http")["routePrefix"] is { } prefix)
        {
            options.RoutePrefix = prefix.Trim('/');
        }
    }

    /// <summary>Reads <c>extensions.queues</c>, applying the extension's defaults for keys that are absent.</summary>
    public static void Read(IConfiguration configuration, QueueHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var queues = configuration.GetSection(HostJsonConfiguration.SectionName).GetSection("extensions:queues");
        const string Prefix = "extensions.queues.";

        options.BatchSize = Int(queues, "batchSize", options.BatchSize);
        if (options.BatchSize is < 1 or > QueueHostOptions.MaxBatchSize)
        {
            throw Invalid(Prefix + "batchSize", queues["batchSize"], $"it must be 1 to {QueueHostOptions.MaxBatchSize} (Azure Queues returns at most {QueueHostOptions.MaxBatchSize} messages per receive)");
        }

        options.NewBatchThreshold = queues["newBatchThreshold"] is null
            ? options.BatchSize / 2 * Environment.ProcessorCount
            : Int(queues, "newBatchThreshold", 0);
        if (options.NewBatchThreshold < 0)
        {
            throw Invalid(Prefix + "newBatchThreshold", queues["newBatchThreshold"], "it must be zero or more");
        }

        options.MaxDequeueCount = Int(queues, "maxDequeueCount", options.MaxDequeueCount);
        if (options.MaxDequeueCount < 1)
        {
            throw Invalid(Prefix + "maxDequeueCount", queues["maxDequeueCount"], "it must be at least 1");
        }

        if (queues["visibilityTimeout"] is { Length: > 0 } visibility)
        {
            options.VisibilityTimeout = TimeSpanValue(Prefix + "visibilityTimeout", visibility);
            if (options.VisibilityTimeout < TimeSpan.Zero || options.VisibilityTimeout > TimeSpan.FromDays(7))
            {
                throw Invalid(Prefix + "visibilityTimeout", visibility, "it must be between 00:00:00 and 7.00:00:00 (the storage limit)");
            }
        }

        if (queues["maxPollingInterval"] is { Length: > 0 } polling)
        {
            options.MaxPollingInterval = TimeSpanValue(Prefix + "maxPollingInterval", polling);
            if (options.MaxPollingInterval < QueueHostOptions.MinimumPollingInterval)
            {
                throw Invalid(Prefix + "maxPollingInterval", polling, "it must be at least 00:00:00.100");
            }
        }

        if (queues["messageEncoding"] is { Length: > 0 } encoding)
        {
            options.MessageEncoding = encoding.ToUpperInvariant() switch
            {
                "BASE64" => QueueMessageEncoding.Base64,
                "NONE" => QueueMessageEncoding.None,
                _ => throw Invalid(Prefix + "messageEncoding", encoding, "it must be base64 or none"),
            };
        }
    }

    private static int Int(IConfigurationSection section, string key, int fallback) =>
        section[key] switch
        {
            null or "" => fallback,
            var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => value,
            var text => throw Invalid("extensions.queues." + key, text, "it must be a whole number"),
        };

    private static TimeSpan TimeSpanValue(string key, string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(key, text, "it must be a TimeSpan such as 00:00:30");

    private static TimeSpan PositiveTimeSpan(string key, string text, string rule) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw Invalid(key, text, "it must be " + rule);

    private static InvalidOperationException Invalid(string key, string? value, string rule) =>
        new($"host.json {key} is '{value}'; {rule}.");
}

namespace Integration.Functions.LocalHost.Queues;

/// <summary>
/// Local-host settings of the queue listener that host.json does not carry: the platform hard-codes them
/// (Storage Queues extension 5.x, QueueListener.cs); they are settable here so tests can shorten them.
/// Section <c>LocalHost:Queues</c>.
/// </summary>
public sealed class QueueListenerOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "LocalHost:Queues";

    /// <summary>
    /// Visibility timeout of a received message while its function runs; renewed at half of it for as long as
    /// the function runs. Default 10 minutes (the platform's value).
    /// </summary>
    public TimeSpan ReceiveVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Table recording the last error of every message moved to a poison queue. Default <c>poisonmessages</c>.</summary>
    public string PoisonErrorTable { get; set; } = "poisonmessages";

    /// <summary>
    /// On shutdown, after the host's shutdown timeout has cancelled the invocations' tokens, how long to wait for
    /// them to end. Messages of invocations still running stay invisible and are redelivered later. Default 5 s.
    /// </summary>
    public TimeSpan CancellationGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}

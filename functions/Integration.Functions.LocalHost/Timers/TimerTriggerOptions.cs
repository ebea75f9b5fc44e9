namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// Tunables of the local host's timer triggers (section <see cref="SectionName"/>). The platform's equivalents
/// are the host id and the <c>singleton</c> settings of host.json.
/// </summary>
internal sealed class TimerTriggerOptions
{
    /// <summary>Configuration section: <c>LocalHost:Timers</c>.</summary>
    public const string SectionName = "LocalHost:Timers";

    /// <summary>
    /// Host id shared by all instances of one function app: lock and status blobs are named by it, so instances
    /// with the same id on the same storage account run each occurrence once, and two different apps on one
    /// account must have different ids (as on the platform). 1 to 32 lower-case letters, digits or dashes, not
    /// starting or ending with a dash. Default <c>integration-functions</c>.
    /// </summary>
    public string HostId { get; set; } = "integration-functions";

    /// <summary>
    /// Duration of the listener lease; the holder renews it every half period, and after a crash another
    /// instance takes over once it expires. 15 to 60 seconds (the blob service's lease limits). Default 15 s
    /// (the platform's <c>singleton:listenerLockPeriod</c> defaults to 60 s).
    /// </summary>
    public TimeSpan LeasePeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often an instance that does not hold the lease tries to acquire it. 1 second to 1 hour. Default 10 s
    /// (the platform's <c>singleton:listenerLockRecoveryPollingInterval</c> defaults to 1 minute).
    /// </summary>
    public TimeSpan LeaseAcquireInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// On stop, how long a running invocation may go on before its cancellation token is cancelled; stopping
    /// then waits for the invocation to return. 0 to 10 minutes. Default 30 s (the ASP.NET Core default
    /// shutdown timeout).
    /// </summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(30);
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Integration.TestKit.Repository;

namespace Integration.TestKit.Azurite;

/// <summary>
/// One Azurite (queues, blobs, tables) for a test run. When <see cref="ConfiguredConnectionVariable"/>
/// is set (build.sh starts one Azurite for the whole run and sets it), that account is used and left
/// alone; otherwise an in-memory Azurite from the repository's node_modules is started on free
/// loopback ports and stopped by its pid on dispose.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    /// <summary>Environment variable holding a storage connection string to use instead of starting Azurite.</summary>
    public const string ConfiguredConnectionVariable = "INTEGRATION_TEST_STORAGE";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process? _process;

    private AzuriteInstance(string connectionString, Process? process)
    {
        ConnectionString = connectionString;
        _process = process;
    }

    /// <summary>The storage connection string (devstoreaccount1 on loopback ports).</summary>
    public string ConnectionString { get; }

    /// <summary>The pid of the Azurite this instance started, or null when it uses a configured account.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Uses the configured account, or starts Azurite and waits until its three ports accept connections.</summary>
    public static async Task<AzuriteInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var configured = Environment.GetEnvironmentVariable(ConfiguredConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new AzuriteInstance(configured, null);
        }

        var root = RepositoryRoot.Find();
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {azurite}. Run `npm ci` in {root} (./build.sh test does it), " +
                $"or set {ConfiguredConnectionVariable} to a storage connection string.");
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {azurite}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AzuriteInstance(AzuriteConnectionString.For(blob, queue, table), process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => instance.Stop();
        try
        {
            await WaitForPortsAsync(process, [blob, queue, table], cancellationToken);
        }
        catch
        {
            instance.Stop();
            throw;
        }

        return instance;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortsAsync(Process process, int[] ports, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before port {port} opened.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (deadline.Elapsed < StartTimeout)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
                }
            }
        }
    }
}

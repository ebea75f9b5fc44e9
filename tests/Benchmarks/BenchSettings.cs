using System.Globalization;

namespace Integration.Benchmarks;

/// <summary>The run's settings, from <c>--name value</c> command-line pairs.</summary>
internal sealed record BenchSettings
{
    /// <summary>Simulated Salesforce user edits per second (default 200).</summary>
    public double Rate { get; init; } = 200;

    /// <summary>How long the edits run, in seconds (default 30).</summary>
    public double DurationSeconds { get; init; } = 30;

    /// <summary>Salesforce Accounts seeded (and synced before the measured load) for the edits to pick from (default 1000).</summary>
    public int Accounts { get; init; } = 1000;

    /// <summary>Seed of the sandbox's seeding and of the edit generator (default 7).</summary>
    public int Seed { get; init; } = 7;

    /// <summary>
    /// The sync rule of the plan's three fields (default <c>always-from-source</c>: Salesforce is the system of record
    /// and HubSpot is not read to decide; <c>two-way</c> reads the companies too).
    /// </summary>
    public string Sync { get; init; } = "always-from-source";

    /// <summary>The longest wait for the pipeline to settle after the edits stop, in seconds (default 600).</summary>
    public double DrainTimeoutSeconds { get; init; } = 600;

    /// <summary>The JSON report written at the end (default <c>artifacts/bench/sync.json</c>).</summary>
    public string Output { get; init; } = Path.Combine("artifacts", "bench", "sync.json");

    /// <summary>The Azure Storage connection string (Azurite); default the <c>AzureWebJobsStorage</c> environment variable.</summary>
    public string? Storage { get; init; } = Environment.GetEnvironmentVariable("AzureWebJobsStorage");

    /// <summary>The repository root (host.json is read from it); default the current directory.</summary>
    public string Root { get; init; } = Directory.GetCurrentDirectory();

    public const string Usage = "usage: Integration.Benchmarks [--rate 200] [--duration 30] [--accounts 1000] [--seed 7] [--sync always-from-source|two-way] [--drain-timeout 600] [--output artifacts/bench/sync.json] [--storage <connection string>] [--root <repository>]";

    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"'{args[i]}' needs a value. {Usage}");
            }

            var value = args[i + 1];
            settings = args[i] switch
            {
                "--rate" => settings with { Rate = Number(args[i], value) },
                "--duration" => settings with { DurationSeconds = Number(args[i], value) },
                "--accounts" => settings with { Accounts = (int)Number(args[i], value) },
                "--seed" => settings with { Seed = (int)Number(args[i], value) },
                "--sync" when value is "always-from-source" or "two-way" => settings with { Sync = value },
                "--sync" => throw new ArgumentException($"--sync must be always-from-source or two-way (got '{value}'). {Usage}"),
                "--drain-timeout" => settings with { DrainTimeoutSeconds = Number(args[i], value) },
                "--output" => settings with { Output = value },
                "--storage" => settings with { Storage = value },
                "--root" => settings with { Root = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. {Usage}"),
            };
        }

        if (string.IsNullOrWhiteSpace(settings.Storage))
        {
            throw new ArgumentException($"No storage: pass --storage or set AzureWebJobsStorage (./build.sh bench starts Azurite and sets it). {Usage}");
        }

        return settings;
    }

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive number (got '{value}'). {Usage}");
}

namespace Integration.Cli.Tests;

/// <summary>Plan files for CLI tests: the repository's examples and throw-away files in a private folder.</summary>
internal sealed class PlanFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integration-cli-tests", Guid.NewGuid().ToString("N"));

    public PlanFiles() => Directory.CreateDirectory(_folder);

    public static string Example(string fileName) => Path.Combine(RepositoryRoot(), "plans", "examples", fileName);

    public string Write(string fileName, string text)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Integration.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Integration.sln found above {AppContext.BaseDirectory}.");
    }
}

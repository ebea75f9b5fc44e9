namespace Integration.Plans.Tests;

/// <summary>The repository checkout the tests run from: the nearest directory above the test binaries holding Integration.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Integration.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Integration.sln found above {AppContext.BaseDirectory}.");
    }
}

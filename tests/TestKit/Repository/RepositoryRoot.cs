namespace Integration.TestKit.Repository;

/// <summary>Finds the repository root (the folder holding Integration.sln) from the test's base directory.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository root's full path.</summary>
    /// <exception cref="InvalidOperationException">No Integration.sln above the base directory.</exception>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Integration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Integration.sln found above {AppContext.BaseDirectory}.");
    }
}

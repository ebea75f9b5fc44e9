using System.Runtime.CompilerServices;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Architecture;

public sealed class CoreLayoutTests
{
    private const string RootNamespace = "Integration.Core";

    [Fact]
    public void Every_core_type_lives_in_a_file_named_after_it_in_the_folder_of_its_namespace()
    {
        var projectDirectory = Path.Combine(RepositoryRoot(), "core", "Integration.Core");
        var types = typeof(FieldTransform).Assembly.GetTypes()
            .Where(type => !type.IsNested && !type.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Where(type => type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) != true)
            .Where(type => type.Namespace?.StartsWith("System.", StringComparison.Ordinal) != true)
            .ToList();

        var misplaced = types
            .Select(type => (type.FullName, Expected: ExpectedFile(projectDirectory, type)))
            .Where(entry => entry.Expected is null || !File.Exists(entry.Expected))
            .Select(entry => $"{entry.FullName} (expected {Shown(entry.Expected)})")
            .ToList();

        Assert.NotEmpty(types);
        Assert.True(misplaced.Count == 0, "Types not in a file named after them in their namespace's folder: " + string.Join("; ", misplaced));

        string Shown(string? expected) => expected is null
            ? $"a namespace under {RootNamespace}"
            : Path.GetRelativePath(projectDirectory, expected);
    }

    private static string? ExpectedFile(string projectDirectory, Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        if (ns != RootNamespace && !ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var folders = ns.Length == RootNamespace.Length ? [] : ns[(RootNamespace.Length + 1)..].Split('.');
        var name = type.Name.Split('`')[0];
        return Path.Combine([projectDirectory, .. folders, name + ".cs"]);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Integration.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Integration.sln not found above {AppContext.BaseDirectory}.");
    }
}

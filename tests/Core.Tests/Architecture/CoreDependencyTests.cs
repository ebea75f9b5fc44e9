using System.Reflection;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    private static readonly Assembly Core = typeof(FieldTransform).Assembly;

    private static readonly string[] AllowedPrefixes = ["System.", "Microsoft.Extensions.", "Microsoft.Win32."];

    private static readonly string[] AllowedNames = ["System", "netstandard", "mscorlib"];

    [Theory]
    [InlineData("Azure.")]
    [InlineData("Microsoft.Azure.")]
    [InlineData("Refit")]
    [InlineData("System.Net.Http")]
    [InlineData("Microsoft.AspNetCore.")]
    [InlineData("Integration.Connectors.")]
    [InlineData("Integration.Functions")]
    [InlineData("Integration.Plans")]
    [InlineData("Integration.Cli")]
    [InlineData("Integration.Sandbox")]
    public void Core_references_no_assembly_named(string forbiddenPrefix)
    {
        var offending = ReferencedNames().Where(name => name.StartsWith(forbiddenPrefix, StringComparison.OrdinalIgnoreCase));

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("Salesforce")]
    [InlineData("HubSpot")]
    [InlineData("NetSuite")]
    public void Core_references_no_vendor_assembly(string vendor)
    {
        var offending = ReferencedNames().Where(name => name.Contains(vendor, StringComparison.OrdinalIgnoreCase));

        Assert.Empty(offending);
    }

    [Fact]
    public void Core_references_only_the_base_library_and_extensions_abstractions()
    {
        var outside = ReferencedNames()
            .Where(name => !AllowedNames.Contains(name) && !AllowedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));

        Assert.Empty(outside);
    }

    private static List<string> ReferencedNames() =>
        Core.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty).ToList();
}

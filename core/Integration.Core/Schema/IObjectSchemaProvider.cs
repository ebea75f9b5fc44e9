namespace Integration.Core.Schema;

/// <summary>Describes a system's objects, for validating a plan's fields before anything runs.</summary>
public interface IObjectSchemaProvider
{
    /// <summary>The schema of <paramref name="objectName"/>, or null when the system has no such object.</summary>
    Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken);
}

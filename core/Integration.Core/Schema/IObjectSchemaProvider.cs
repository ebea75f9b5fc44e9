namespace Integration.Core.Schema;

/// <summary>Describes a system's objects, for validating a plan's fields before anything runs.</summary>
public interface IObjectSchemaProvider
{
    /// <summary>The schema of <paramref name="objectName"/>, or null when the system has no such object.</summary>
    Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken);

    /// <summary>
    /// The problems of the <paramref name="fields"/> a plan names on <paramref name="objectName"/>: unknown
    /// object or field, and, when <paramref name="mustBeWritable"/>, fields an upsert cannot set. Empty when
    /// all is well. The default checks plain field names against <see cref="DescribeAsync"/>; a connector
    /// whose reads may follow relationship paths (<c>Account.Name</c>) overrides it.
    /// </summary>
    async Task<IReadOnlyList<FieldProblem>> ValidateFieldsAsync(
        string objectName,
        IReadOnlyCollection<string> fields,
        bool mustBeWritable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var schema = await DescribeAsync(objectName, cancellationToken);
        if (schema is null)
        {
            return [FieldProblem.UnknownObject(objectName)];
        }

        var problems = new List<FieldProblem>();
        foreach (var name in fields)
        {
            var field = schema.Find(name);
            var problem = field is null ? FieldProblem.UnknownField(objectName, name)
                : mustBeWritable ? FieldProblem.ForWrite(objectName, name, field)
                : null;
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }
}

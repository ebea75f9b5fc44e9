namespace Integration.Core.Schema;

/// <summary>One problem with a field a plan names; the plan validator reports it with the field's path in the plan.</summary>
/// <param name="ObjectName">The system's object.</param>
/// <param name="Field">The field as the plan spelled it; empty for <see cref="FieldProblemKind.UnknownObject"/>.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">A sentence naming object, field and rule.</param>
public sealed record FieldProblem(string ObjectName, string Field, FieldProblemKind Kind, string Message)
{
    /// <summary>The object does not exist.</summary>
    public static FieldProblem UnknownObject(string objectName) =>
        new(objectName, "", FieldProblemKind.UnknownObject, $"The system has no object '{objectName}'.");

    /// <summary>The object has no field <paramref name="field"/>.</summary>
    public static FieldProblem UnknownField(string objectName, string field) =>
        new(objectName, field, FieldProblemKind.UnknownField, $"{objectName} has no field '{field}'.");

    /// <summary>The problem, if any, of writing <paramref name="field"/> (spelled <paramref name="planField"/> in the plan) with an upsert, which needs both create and update; null when writable.</summary>
    public static FieldProblem? ForWrite(string objectName, string planField, FieldSchema field)
    {
        ArgumentNullException.ThrowIfNull(field);
        (FieldProblemKind Kind, string Rule)? problem = (field.Createable, field.Updateable) switch
        {
            (false, false) => (FieldProblemKind.ReadOnly, "read-only (neither createable nor updateable)"),
            (true, false) => (FieldProblemKind.NotUpdateable, "not updateable (create only)"),
            (false, true) => (FieldProblemKind.NotCreateable, "not createable (update only)"),
            _ => null,
        };
        return problem is { } p
            ? new FieldProblem(objectName, planField, p.Kind, $"{objectName}.{field.Name} is {p.Rule}; the plan writes it.")
            : null;
    }
}

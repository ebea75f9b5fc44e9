namespace Integration.Core.Schema;

/// <summary>What is wrong with a field a plan names, as the system's own description shows.</summary>
public enum FieldProblemKind
{
    /// <summary>The system has no such object.</summary>
    UnknownObject,

    /// <summary>The object has no such field (or relationship path).</summary>
    UnknownField,

    /// <summary>The plan writes the field, but it is neither createable nor updateable (formula, system or audit field).</summary>
    ReadOnly,

    /// <summary>The plan writes the field, but only a create may set it, so an upsert that updates cannot.</summary>
    NotUpdateable,

    /// <summary>The plan writes the field, but only an update may set it, so an upsert that creates cannot.</summary>
    NotCreateable,
}

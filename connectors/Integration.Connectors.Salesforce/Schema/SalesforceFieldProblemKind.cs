namespace Integration.Connectors.Salesforce.Schema;

/// <summary>What is wrong with a field a plan names.</summary>
internal enum SalesforceFieldProblemKind
{
    /// <summary>The object does not exist (describe answered 404).</summary>
    UnknownObject,

    /// <summary>The object has no such field (or relationship path).</summary>
    UnknownField,

    /// <summary>The field must be written but is neither createable nor updateable (formula, system or audit field).</summary>
    ReadOnly,

    /// <summary>The field must be written but only a create may set it, so an upsert that updates cannot.</summary>
    NotUpdateable,

    /// <summary>The field must be written but only an update may set it, so an upsert that creates cannot.</summary>
    NotCreateable,
}

namespace Integration.Core.Plans;

/// <summary>The kind of system being left, which sets the default rollback window (<c>rollbackWindow.kind</c>).</summary>
public enum RollbackKind
{
    /// <summary>A SaaS application (<c>saas</c>): 30 days by default.</summary>
    Saas,

    /// <summary>An operational database (<c>oltp</c>): 7 days by default.</summary>
    Oltp,

    /// <summary>An ERP (<c>erp</c>): 90 days by default.</summary>
    Erp,
}

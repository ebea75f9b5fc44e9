namespace Integration.Core.Plans;

/// <summary>
/// How long after cutover the old source stays current through reverse sync so that rollback is
/// possible (<c>rollbackWindow</c> in plan JSON).
/// </summary>
/// <param name="Kind">The kind of system, which gives the default length.</param>
/// <param name="Days">An explicit length in days (1 or more); null uses the kind's default.</param>
public sealed record RollbackWindow(RollbackKind Kind, int? Days = null)
{
    /// <summary>The window's length in days: <see cref="Days"/> when given, else 30 (SaaS), 7 (OLTP) or 90 (ERP).</summary>
    public int EffectiveDays => Days ?? DefaultDays(Kind);

    /// <summary>The window's length as a duration.</summary>
    public TimeSpan Duration => TimeSpan.FromDays(EffectiveDays);

    /// <summary>The default window in days for a kind: SaaS 30, OLTP 7, ERP 90.</summary>
    /// <param name="kind">The kind of system.</param>
    /// <returns>The default number of days.</returns>
    public static int DefaultDays(RollbackKind kind) => kind switch
    {
        RollbackKind.Saas => 30,
        RollbackKind.Oltp => 7,
        RollbackKind.Erp => 90,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown rollback kind."),
    };
}

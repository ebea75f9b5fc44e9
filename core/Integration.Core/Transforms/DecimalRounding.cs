namespace Integration.Core.Transforms;

/// <summary>How a decimal conversion rounds to its scale.</summary>
public enum DecimalRounding
{
    /// <summary>Banker's rounding (to even). The default, as the vendors' currency fields round.</summary>
    HalfEven,

    /// <summary>Half away from zero.</summary>
    HalfUp,

    /// <summary>Toward zero (truncate).</summary>
    Down,
}

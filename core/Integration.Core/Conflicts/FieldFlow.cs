namespace Integration.Core.Conflicts;

/// <summary>Which way one field's value is written.</summary>
public enum FieldFlow
{
    /// <summary>Not written.</summary>
    None,

    /// <summary>Side A's value is written to side B.</summary>
    AToB,

    /// <summary>Side B's value is written back to side A.</summary>
    BToA,
}

namespace Integration.Core.CrossReference;

/// <summary>One side of an object mapping.</summary>
public enum SyncSide
{
    /// <summary>The mapping's <c>source</c> endpoint (<see cref="Plans.ObjectMapping.Source"/>).</summary>
    A,

    /// <summary>The mapping's <c>destination</c> endpoint (<see cref="Plans.ObjectMapping.Destination"/>).</summary>
    B,
}

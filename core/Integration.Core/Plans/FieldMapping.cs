using Integration.Core.Transforms;

namespace Integration.Core.Plans;

/// <summary>One field of an object mapping (an entry of <c>fields</c> in plan JSON).</summary>
/// <param name="Sources">
/// The source fields read: one for most transforms (<c>source</c>), several for <c>concat</c>
/// (<c>sources</c>), none for <c>constant</c>.
/// </param>
/// <param name="Destination">The destination field written.</param>
/// <param name="Transform">How the value is transformed. Default <see cref="CopyTransformSpec"/>.</param>
/// <param name="Sync">How later changes flow. Default <see cref="SyncRule.TwoWay"/>.</param>
public sealed record FieldMapping(
    IReadOnlyList<string> Sources,
    string Destination,
    TransformSpec Transform,
    SyncRule Sync = SyncRule.TwoWay)
{
    /// <summary>The single source field, or null when the mapping reads none or several.</summary>
    public string? Source => Sources.Count == 1 ? Sources[0] : null;
}

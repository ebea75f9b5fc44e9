namespace Integration.Core.Transforms.Internal;

/// <summary>What a <see cref="TemporalValue"/> holds.</summary>
internal enum TemporalValueKind
{
    Date,
    Instant,
    WallClock,
}

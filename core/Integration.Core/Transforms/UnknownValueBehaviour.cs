namespace Integration.Core.Transforms;

/// <summary>What a value map does with a value that is not in its map.</summary>
public enum UnknownValueBehaviour
{
    /// <summary>The record fails with a mapping error naming the value (strict; the default).</summary>
    Error,

    /// <summary>The map's <see cref="ValueMapTransformSpec.Default"/> is written instead.</summary>
    Default,

    /// <summary>The source value is written unchanged.</summary>
    PassThrough,
}

namespace Integration.Core.Transforms;

/// <summary>The kinds of field transform a plan can name (the <c>transform.kind</c> value in plan JSON).</summary>
public enum TransformKind
{
    /// <summary>The source value unchanged (<c>copy</c>). The default when a field mapping names no transform.</summary>
    Copy,

    /// <summary>A picklist value map (<c>valueMap</c>).</summary>
    ValueMap,

    /// <summary>A type conversion (<c>convert</c>).</summary>
    Convert,

    /// <summary>Several source fields joined by a separator (<c>concat</c>).</summary>
    Concat,

    /// <summary>One part of a source value split by a separator (<c>split</c>).</summary>
    Split,

    /// <summary>A fixed value (<c>constant</c>); reads no source field.</summary>
    Constant,

    /// <summary>A reference resolved through the cross-reference to the destination's id (<c>lookup</c>).</summary>
    Lookup,
}

namespace Integration.Core.Transforms.Internal;

/// <summary>The plan-JSON names of transform kinds, for messages.</summary>
internal static class TransformKindNames
{
    public static string PlanName(this TransformKind kind) => kind switch
    {
        TransformKind.Copy => "copy",
        TransformKind.ValueMap => "valueMap",
        TransformKind.Convert => "convert",
        TransformKind.Concat => "concat",
        TransformKind.Split => "split",
        TransformKind.Constant => "constant",
        TransformKind.Lookup => "lookup",
        _ => kind.ToString(),
    };
}

namespace Integration.Core.Transforms;

/// <summary>The target types of a <c>convert</c> transform.</summary>
public enum ConvertTarget
{
    /// <summary>Text (invariant culture); <c>"string"</c> in plan JSON.</summary>
    Text,

    /// <summary>A floating-point number (double).</summary>
    Number,

    /// <summary>An exact decimal, rounded to <see cref="ConvertTransformSpec.Scale"/> places when given; <c>"decimal"</c> in plan JSON.</summary>
    ExactDecimal,

    /// <summary>A boolean: true/false, yes/no, 1/0, on/off (case-insensitive).</summary>
    Bool,

    /// <summary>A calendar date (no time, no zone), written <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An instant, written in ISO 8601 with an offset.</summary>
    DateTime,
}

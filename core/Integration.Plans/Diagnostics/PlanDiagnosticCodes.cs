namespace Integration.Plans.Diagnostics;

/// <summary>
/// The stable codes of <see cref="PlanDiagnostic"/>: <c>PLAN0xx</c> file and syntax,
/// <c>PLAN1xx</c> schema, <c>PLAN2xx</c> semantic rules. docs/plan-reference.md lists them.
/// </summary>
public static class PlanDiagnosticCodes
{
    /// <summary>The file is not well-formed JSON, or repeats a property within one object.</summary>
    public const string JsonSyntax = "PLAN001";

    /// <summary>The file does not exist or cannot be read.</summary>
    public const string FileUnreadable = "PLAN002";

    /// <summary>A required property is missing.</summary>
    public const string RequiredPropertyMissing = "PLAN101";

    /// <summary>A property the schema does not define (misspelt or misplaced).</summary>
    public const string UnknownProperty = "PLAN102";

    /// <summary>A value of the wrong JSON type.</summary>
    public const string WrongType = "PLAN103";

    /// <summary>A value outside its enumeration or pattern.</summary>
    public const string ValueNotAllowed = "PLAN104";

    /// <summary>A number, length or count outside its range.</summary>
    public const string OutOfRange = "PLAN105";

    /// <summary>Any other schema rule.</summary>
    public const string SchemaViolation = "PLAN106";

    /// <summary>The reconciliation thresholds (or one of them) are missing: they must be fixed before the first rehearsal.</summary>
    public const string MissingThreshold = "PLAN107";

    /// <summary>A mapping names a system not declared in <c>systems</c>.</summary>
    public const string UnknownSystem = "PLAN201";

    /// <summary>A mapping's <c>sourceOfTruth</c> is neither its source nor its destination system.</summary>
    public const string SourceOfTruthNotInMapping = "PLAN202";

    /// <summary>Two mappings have the same name.</summary>
    public const string DuplicateMappingName = "PLAN203";

    /// <summary>Two mappings connect the same source object to the same destination object.</summary>
    public const string DuplicateMappingPair = "PLAN204";

    /// <summary>Two field mappings of one mapping write the same destination field.</summary>
    public const string DuplicateDestinationField = "PLAN205";

    /// <summary>A lookup points at an object that no mapping has as its source object.</summary>
    public const string LookupTargetUnmapped = "PLAN206";

    /// <summary>Lookups form a cycle with no deferrable reference in it.</summary>
    public const string DependencyCycle = "PLAN207";

    /// <summary>The reconciliation schedule is not a six-field NCRONTAB expression.</summary>
    public const string InvalidCron = "PLAN208";

    /// <summary>A convert transform names a time zone that is not an IANA time zone id.</summary>
    public const string InvalidTimeZone = "PLAN209";

    /// <summary>A value map with <c>onUnknown: default</c> has no <c>default</c>.</summary>
    public const string ValueMapDefaultMissing = "PLAN210";

    /// <summary>A concat transform reads fewer than two source fields.</summary>
    public const string ConcatNeedsSources = "PLAN211";

    /// <summary>A constant transform also names a source field.</summary>
    public const string ConstantWithSource = "PLAN212";

    /// <summary>A transform other than concat and constant does not read exactly one source field.</summary>
    public const string TransformNeedsOneSource = "PLAN213";

    /// <summary>A field mapping has both <c>source</c> and <c>sources</c>.</summary>
    public const string SourceAndSources = "PLAN214";

    /// <summary>A mapping names an object the live system does not have.</summary>
    public const string UnknownObjectInSystem = "PLAN301";

    /// <summary>A mapping names a field the live system's object does not have.</summary>
    public const string UnknownFieldInSystem = "PLAN302";

    /// <summary>A destination field the live system does not let the plan write (read-only, create-only, update-only).</summary>
    public const string FieldNotWritable = "PLAN303";

    /// <summary>An externalIdField the live system does not mark as an external id.</summary>
    public const string NotExternalId = "PLAN304";

    /// <summary>No schema could be obtained for a system of the plan (no connection resolved).</summary>
    public const string SystemUnavailable = "PLAN305";
}

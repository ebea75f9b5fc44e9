namespace Integration.Core.Processing;

/// <summary>The codes of <see cref="SyncError"/>.</summary>
public static class SyncErrorCodes
{
    /// <summary>A field's transform failed; the record's other fields were still written.</summary>
    public const string TransformFailed = "transform-failed";

    /// <summary>A parked record's referenced parent never got a counterpart within <see cref="SyncEngineOptions.ParkMaxWait"/>.</summary>
    public const string ParkTimeout = "park-timeout";

    /// <summary>A record must be created on an endpoint with no <c>externalIdField</c>, so the create cannot be idempotent.</summary>
    public const string NoExternalIdField = "no-external-id-field";

    /// <summary>The cross-reference row kept changing under the writer (ETag conflicts beyond the retries).</summary>
    public const string CrossReferenceConflict = "cross-reference-conflict";

    /// <summary>A delete could not be propagated because the counterpart's id is unknown.</summary>
    public const string DeleteWithoutCounterpart = "delete-without-counterpart";
}

namespace Integration.Connectors.Tests.Salesforce.Streaming;

/// <summary>Real-shaped CDC event messages (Change Data Capture Developer Guide, "Change Event Message Structure").</summary>
internal static class CdcEventJson
{
    /// <summary>2026-11-23T10:15:30Z.</summary>
    public const long CommitMs = 1795428930000;

    public static string Event(
        long replayId,
        string changeType,
        string entity,
        string[] recordIds,
        long commitMs = CommitMs,
        string[]? changedFields = null,
        string fields = "",
        string changeOrigin = "com/salesforce/api/rest/68.0;client=migrator",
        string channel = CometDServer.AllChannel,
        int sequence = 1) =>
        $$$"""
        {"data":{"schema":"IeRuaY6cbI_HsV8Rv1Mc5g","payload":{"ChangeEventHeader":{"entityName":"{{{entity}}}","recordIds":[{{{string.Join(",", recordIds.Select(id => $"\"{id}\""))}}}],"changeType":"{{{changeType}}}","changeOrigin":"{{{changeOrigin}}}","transactionKey":"0002343d-9d90-e395-ed20-cf416ba652ad","sequenceNumber":{{{sequence}}},"commitTimestamp":{{{commitMs}}},"commitNumber":10969661399897,"commitUser":"0055f000005mc66AAA","changedFields":[{{{string.Join(",", (changedFields ?? []).Select(f => $"\"{f}\""))}}}]}{{{fields}}}},"event":{"replayId":{{{replayId}}}}},"channel":"{{{channel}}}"}
        """;
}

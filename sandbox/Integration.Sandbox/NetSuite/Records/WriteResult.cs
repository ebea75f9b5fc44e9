using Integration.Sandbox.NetSuite.Rest;

namespace Integration.Sandbox.NetSuite.Records;

/// <summary>The record written (and whether an upsert created it), or the error that stopped the write.</summary>
internal sealed record WriteResult(StoredRecord? Record, bool Created, NetSuiteError? Error)
{
    public static WriteResult Failed(NetSuiteError error) => new(null, false, error);
}

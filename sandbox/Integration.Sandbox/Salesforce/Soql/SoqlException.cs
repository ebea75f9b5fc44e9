namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>A query Salesforce would refuse: HTTP 400 with this error code and message (no <c>fields</c>).</summary>
internal sealed class SoqlException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}

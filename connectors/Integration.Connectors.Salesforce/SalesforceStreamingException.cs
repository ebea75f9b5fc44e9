namespace Integration.Connectors.Salesforce;

/// <summary>
/// A Change Data Capture read that cannot go on: the server refused the subscription (permissions, unknown
/// channel), kept failing beyond <see cref="SalesforceStreamingOptions.MaxConsecutiveFailures"/>, or answered
/// with something that is not Bayeux. Carries the server's error string; never a token.
/// </summary>
public sealed class SalesforceStreamingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, with the server's error string.</param>
    public SalesforceStreamingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What failed, with the server's error string.</param>
    /// <param name="innerException">The cause.</param>
    public SalesforceStreamingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

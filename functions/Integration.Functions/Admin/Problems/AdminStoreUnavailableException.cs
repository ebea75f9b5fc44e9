namespace Integration.Functions.Admin.Problems;

/// <summary>A store behind the management API is not connected in this app (no adapter registered); answered with 503.</summary>
public sealed class AdminStoreUnavailableException : Exception
{
    /// <summary>Creates the exception naming the missing store.</summary>
    public AdminStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception naming the missing store, with its cause.</summary>
    public AdminStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public AdminStoreUnavailableException()
        : base("A store behind the management API is not connected.")
    {
    }
}

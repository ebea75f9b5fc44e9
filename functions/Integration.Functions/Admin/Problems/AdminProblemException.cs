namespace Integration.Functions.Admin.Problems;

/// <summary>Thrown inside a management function to answer with a ProblemDetails of <see cref="Status"/>.</summary>
public sealed class AdminProblemException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AdminProblemException(int status, string title, string detail)
        : base(detail)
    {
        Status = status;
        Title = title;
    }

    /// <summary>Creates a 500 with <paramref name="message"/> (for the usual exception constructors).</summary>
    public AdminProblemException(string message)
        : this(500, "Internal error", message)
    {
    }

    /// <summary>Creates a 500 with <paramref name="message"/> wrapping <paramref name="innerException"/>.</summary>
    public AdminProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        Title = "Internal error";
    }

    /// <summary>Creates a 500 with a generic message.</summary>
    public AdminProblemException()
        : this("The management API failed.")
    {
    }

    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; }

    /// <summary>The ProblemDetails title.</summary>
    public string Title { get; } = "Internal error";
}

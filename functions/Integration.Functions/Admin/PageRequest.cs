using System.Globalization;
using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;

namespace Integration.Functions.Admin;

/// <summary>The paging parameters of a listing: <c>top</c> (1 to 500, default 50) and <c>continuation</c>.</summary>
/// <param name="Top">How many items at most.</param>
/// <param name="ContinuationToken">Where the previous page stopped, or null for the first page.</param>
public sealed record PageRequest(int Top, string? ContinuationToken)
{
    /// <summary>Default page size.</summary>
    public const int DefaultTop = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxTop = 500;

    /// <summary>Reads <c>top</c> and <c>continuation</c> from the query.</summary>
    /// <exception cref="AdminProblemException">400 when <c>top</c> is not a whole number from 1 to <see cref="MaxTop"/>.</exception>
    public static PageRequest From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var top = DefaultTop;
        var text = request.Query["top"].ToString();
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > MaxTop))
        {
            throw new AdminProblemException(StatusCodes.Status400BadRequest, "Invalid request", $"Query parameter 'top' is '{text}'; it must be a whole number from 1 to {MaxTop}.");
        }

        var continuation = request.Query["continuation"].ToString();
        return new PageRequest(top, continuation.Length == 0 ? null : continuation);
    }
}

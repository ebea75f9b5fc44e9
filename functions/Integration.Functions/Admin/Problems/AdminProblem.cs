using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Integration.Functions.Admin.Problems;

/// <summary>RFC 7807 answers of the management API: <c>application/problem+json</c> with a <c>detail</c> saying what to change.</summary>
public static class AdminProblem
{
    /// <summary>The media type of every error answer.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>A ProblemDetails result with <paramref name="status"/>, <paramref name="title"/> and <paramref name="detail"/>.</summary>
    public static ObjectResult Create(int status, string title, string detail, string? instance = null)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://httpstatuses.io/{status}",
            Title = title,
            Status = status,
            Detail = detail,
            Instance = instance,
        };
        var result = new ObjectResult(problem) { StatusCode = status };
        result.ContentTypes.Add(ContentType);
        return result;
    }

    /// <summary>404 naming what was looked for.</summary>
    public static ObjectResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>400 naming the parameter and the rule.</summary>
    public static ObjectResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "Invalid request", detail);
}

using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;

namespace Integration.Functions.Admin.Mappings;

/// <summary>Checks the <c>{name}</c> of a mapping route.</summary>
internal static class MappingName
{
    public const int MaxLength = 200;

    public static string Checked(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > MaxLength || name.Any(char.IsControl)
            ? throw new AdminProblemException(StatusCodes.Status400BadRequest, "Invalid request", $"Mapping name '{name}' must be 1 to {MaxLength} characters without control characters.")
            : name;
}

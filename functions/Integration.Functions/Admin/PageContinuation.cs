using System.Buffers.Text;
using System.Text;
using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;

namespace Integration.Functions.Admin;

/// <summary>
/// The <c>continuation</c> token of a listing: base64url of a version, the listing it was issued for (its name and
/// filter) and the store's own continuation. Opaque to callers; a token is accepted only by the listing that issued it.
/// </summary>
internal static class PageContinuation
{
    /// <summary>Longest token accepted, in characters.</summary>
    public const int MaxLength = 2048;

    private const string Version = "v1";
    private const char Separator = '\n';

    /// <summary>The token for the page after this one, or null when <paramref name="storeToken"/> is null (no more rows).</summary>
    public static string? Issue(string listing, string? storeToken) =>
        storeToken is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}{Separator}{listing}{Separator}{storeToken}"));

    /// <summary>The store's continuation inside <paramref name="token"/>, or null for the first page.</summary>
    /// <exception cref="AdminProblemException">400 naming the parameter when the token is not one this listing issued.</exception>
    public static string? Read(string listing, string? token)
    {
        if (token is null)
        {
            return null;
        }

        if (token.Length > MaxLength || !Base64Url.IsValid(token))
        {
            throw Invalid("it is not a token this API issued");
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw Invalid("it is not a token this API issued");
        }

        var parts = text.Split(Separator, 3);
        if (parts.Length != 3 || parts[0] != Version || parts[2].Length == 0 || parts[2].Any(char.IsControl))
        {
            throw Invalid("it is not a token this API issued");
        }

        return parts[1] == listing ? parts[2] : throw Invalid("it was issued for another listing or filter");
    }

    /// <summary>The 400 for a token the store itself refused.</summary>
    public static AdminProblemException Refused() => Invalid("the store refused it");

    private static AdminProblemException Invalid(string why) =>
        new(StatusCodes.Status400BadRequest, "Invalid request",
            $"Query parameter 'continuation' is invalid: {why}. Pass back the continuationToken of the previous page unchanged, with the same filters, or omit it for the first page.");
}

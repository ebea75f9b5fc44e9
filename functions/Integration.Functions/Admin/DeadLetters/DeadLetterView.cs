using System.Text.Json;
using Integration.Core.Writing;
using Integration.Functions.Storage;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>A dead letter as the management API shows it: the vendor's verdict and the write attempted.</summary>
public sealed record DeadLetterView(
    string Id,
    string Mapping,
    string TargetSystem,
    string TargetObject,
    string Operation,
    string ExternalIdField,
    string ExternalId,
    string? TargetId,
    string SourceId,
    DateTimeOffset SourceVersion,
    string Code,
    string Message,
    IReadOnlyList<string> BlamedFields,
    DateTimeOffset FailedAt,
    IReadOnlyDictionary<string, JsonElement> Values)
{
    /// <summary>The view of <paramref name="stored"/>.</summary>
    public static DeadLetterView From(StoredDeadLetter stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var (letter, command) = (stored.Letter, stored.Letter.Command);
        return new(
            stored.Id,
            command.Mapping,
            command.TargetSystem,
            command.TargetObject,
            command.Operation == WriteOperation.Delete ? "delete" : "upsert",
            command.ExternalIdField,
            command.ExternalId,
            command.TargetId,
            command.SourceId,
            command.SourceVersion.ModifiedAt,
            letter.Code,
            letter.Message,
            letter.Fields,
            letter.FailedAt,
            command.Fields);
    }
}

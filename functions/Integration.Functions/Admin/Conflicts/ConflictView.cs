using System.Text.Json;
using Integration.Core.Conflicts;

namespace Integration.Functions.Admin.Conflicts;

/// <summary>A conflict as the management API shows it.</summary>
public sealed record ConflictView(string Mapping, string? AId, string? BId, string Field, JsonElement AValue, JsonElement BValue, string Winner, DateTimeOffset DecidedAt)
{
    /// <summary>The view of <paramref name="record"/>.</summary>
    public static ConflictView From(ConflictRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Mapping, record.AId, record.BId, record.Field, record.AValue, record.BValue, record.Winner.ToString(), record.DecidedAt);
    }
}

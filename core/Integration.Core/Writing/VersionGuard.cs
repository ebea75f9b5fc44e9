using Integration.Core.CrossReference;

namespace Integration.Core.Writing;

/// <summary>
/// The version guard: a command is dropped when its source version is older than the version already applied from
/// that side. An equal version is written: NetSuite stamps whole seconds, so two edits can share one, and a write
/// that reverts drift on the target carries the source version already applied. Duplicates within one writer batch
/// are collapsed before the guard; a duplicate across batches rewrites the same values (idempotent).
/// </summary>
public static class VersionGuard
{
    /// <summary>Whether <paramref name="command"/> is superseded by what <paramref name="entry"/> says was applied.</summary>
    /// <param name="command">The write command.</param>
    /// <param name="entry">The cross-reference row as read, or null.</param>
    /// <returns>True to drop the command.</returns>
    public static bool IsSuperseded(WriteCommand command, CrossReferenceEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (entry is null)
        {
            // A delete whose row is gone was already applied; an upsert with no row is a create.
            return command.Operation == WriteOperation.Delete;
        }

        if (entry.VersionOn(command.SourceSide) is not { } applied)
        {
            return false;
        }

        return command.SourceVersion < applied;
    }
}

namespace Integration.Functions.Admin.Mappings;

/// <summary>Pause switches of object mappings: the change processor holds a paused mapping's records until it is resumed.</summary>
public interface IMappingSwitches
{
    /// <summary>Pauses <paramref name="mapping"/> (idempotent).</summary>
    Task PauseAsync(string mapping, CancellationToken cancellationToken);

    /// <summary>Resumes <paramref name="mapping"/> (idempotent).</summary>
    Task ResumeAsync(string mapping, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="mapping"/> is paused.</summary>
    Task<bool> IsPausedAsync(string mapping, CancellationToken cancellationToken);

    /// <summary>The names of the paused mappings, sorted.</summary>
    Task<IReadOnlyList<string>> ListPausedAsync(CancellationToken cancellationToken);
}

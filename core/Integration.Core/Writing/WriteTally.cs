using Integration.Core.Processing;

namespace Integration.Core.Writing;

/// <summary>What a write batch came to so far.</summary>
internal sealed class WriteTally
{
    public int Written { get; set; }

    public int Superseded { get; set; }

    public List<DeadLetter> DeadLetters { get; } = [];

    public List<SyncError> Errors { get; } = [];

    public List<WriteCommand> Retry { get; } = [];

    public List<WriteCommand> Raced { get; } = [];

    public List<WriteCommand> Held { get; } = [];

    public List<WriteCommand> Refused { get; } = [];
}

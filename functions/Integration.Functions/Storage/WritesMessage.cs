using Integration.Core.Writing;

namespace Integration.Functions.Storage;

/// <summary>One message of a writes queue: several write commands (JSON, <see cref="MessageJson"/>).</summary>
/// <param name="Commands">The commands, in the order the processor produced them.</param>
/// <param name="Attempt">0 for the processor's message; n for the n-th retry of commands a vendor asked to retry.</param>
public sealed record WritesMessage(IReadOnlyList<WriteCommand> Commands, int Attempt = 0);

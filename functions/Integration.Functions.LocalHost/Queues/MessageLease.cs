namespace Integration.Functions.LocalHost.Queues;

/// <summary>The current pop receipt of a message being processed; each visibility renewal replaces it.</summary>
internal sealed class MessageLease(string popReceipt)
{
    internal string PopReceipt { get; set; } = popReceipt;
}

namespace Integration.Sandbox.Salesforce.Streaming.EventBus;

/// <summary>What every event of one transaction shares: commit number, transaction key and commit time (epoch ms).</summary>
internal sealed record CommitStamp(long Number, string TransactionKey, long Timestamp);

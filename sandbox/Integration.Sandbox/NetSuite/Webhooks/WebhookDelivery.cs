using Integration.Sandbox.NetSuite.Records;
using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>One change waiting to be posted for an account.</summary>
internal sealed record WebhookDelivery(NetSuiteAccount Account, RecordChange Change);

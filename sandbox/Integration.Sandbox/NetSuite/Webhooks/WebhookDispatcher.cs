using System.Threading.Channels;
using Integration.Sandbox.NetSuite.Records;
using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>
/// The emulated User Event <c>afterSubmit</c>: every committed change of an account with a webhook target is
/// queued here and posted by <see cref="WebhookSender"/>, after the write has answered, as N/https would.
/// </summary>
internal sealed class WebhookDispatcher
{
    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<WebhookDelivery> Reader => _queue.Reader;

    public void Enqueue(NetSuiteAccount account, RecordChange change)
    {
        if (account.Webhook is not null)
        {
            _queue.Writer.TryWrite(new WebhookDelivery(account, change));
        }
    }
}

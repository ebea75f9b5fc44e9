using System.Text.Json;
using Azure.Storage.Queues.Models;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>
/// Converts a received message (its body already decoded per host.json <c>messageEncoding</c>) to the trigger
/// parameter's type: string, byte[], BinaryData, QueueMessage, or a class read as JSON with web defaults.
/// </summary>
internal static class QueueMessageConverter
{
    internal static object Convert(QueueMessage message, Type type)
    {
        if (type == typeof(QueueMessage))
        {
            return message;
        }

        if (type == typeof(string))
        {
            return message.Body.ToString();
        }

        if (type == typeof(BinaryData))
        {
            return message.Body;
        }

        if (type == typeof(byte[]))
        {
            return message.Body.ToArray();
        }

        return JsonSerializer.Deserialize(message.Body, type, JsonSerializerOptions.Web)
            ?? throw new JsonException($"Queue message '{message.MessageId}' is JSON null; {type.Name} expected.");
    }

    internal static Dictionary<string, object?> BindingData(QueueMessage message) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = message.MessageId,
        ["popReceipt"] = message.PopReceipt,
        ["dequeueCount"] = message.DequeueCount,
        ["insertionTime"] = message.InsertedOn,
        ["expirationTime"] = message.ExpiresOn,
        ["nextVisibleTime"] = message.NextVisibleOn,
    };
}

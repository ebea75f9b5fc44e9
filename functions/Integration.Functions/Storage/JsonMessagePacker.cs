using System.Text;
using System.Text.Json;

namespace Integration.Functions.Storage;

/// <summary>Packs items into as few JSON messages as fit under a byte limit, keeping their order.</summary>
internal static class JsonMessagePacker
{
    /// <summary>Room for the envelope around the items (property name, brackets, other empty lists).</summary>
    private const int EnvelopeBytes = 128;

    /// <summary>Serializes <c>envelope(chunk)</c> for consecutive chunks of <paramref name="items"/>, each at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="InvalidOperationException">One item alone exceeds the limit.</exception>
    public static List<string> Pack<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, object> envelope, int maxBytes)
    {
        var messages = new List<string>();
        var chunk = new List<T>();
        var size = EnvelopeBytes;
        foreach (var item in items)
        {
            var itemBytes = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(item, MessageJson.Options)) + 1;
            if (itemBytes + EnvelopeBytes > maxBytes)
            {
                throw new InvalidOperationException(
                    $"One {typeof(T).Name} serializes to {itemBytes} bytes; a queue message holds at most {maxBytes} (Sync:Queues:MaxMessageBytes).");
            }

            if (chunk.Count > 0 && size + itemBytes > maxBytes)
            {
                messages.Add(JsonSerializer.Serialize(envelope(chunk), MessageJson.Options));
                chunk = [];
                size = EnvelopeBytes;
            }

            chunk.Add(item);
            size += itemBytes;
        }

        if (chunk.Count > 0)
        {
            messages.Add(JsonSerializer.Serialize(envelope(chunk), MessageJson.Options));
        }

        return messages;
    }
}

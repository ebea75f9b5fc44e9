namespace Integration.Functions.Intake;

/// <summary>Reads a request body up to a limit, so an oversized delivery costs at most the limit plus one byte.</summary>
internal static class BoundedBody
{
    /// <summary>The body, or its first <paramref name="maxBytes"/> + 1 bytes when it is longer (the receiver then answers 413).</summary>
    public static async Task<byte[]> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while (buffer.Length <= maxBytes && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

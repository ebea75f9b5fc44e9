using System.Globalization;
using System.Text;

namespace Integration.Functions.Storage;

/// <summary>Escapes free text (ids, mapping and stream names) into valid PartitionKey/RowKey values.</summary>
internal static class TableKeys
{
    /// <summary>Replaces <c>/ \ # ? %</c> and control characters, which keys may not hold, by <c>%XX</c>.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A row key that sorts newest first: inverted ticks, then <paramref name="suffix"/> (an identity, so the same item gets the same key).</summary>
    public static string NewestFirst(DateTimeOffset at, string suffix) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{Escape(suffix)}";

    /// <summary>A row key that sorts newest first: inverted ticks, then a unique suffix.</summary>
    public static string NewestFirst(DateTimeOffset at) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
}

using System.Text;

namespace Integration.Plans.Loading;

/// <summary>The UTF-8 bytes of a plan file and the byte offsets where its lines start, for 1-based line:column.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        Bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < Bytes.Length; i++)
        {
            if (Bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public byte[] Bytes { get; }

    /// <summary>1-based line and character column of a byte offset.</summary>
    public (int Line, int Column) PositionOf(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, Bytes.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, ColumnOf(_lineStarts[line], offset));
    }

    /// <summary>1-based line and character column from a 0-based line and byte position in that line (as JsonException reports).</summary>
    public (int Line, int Column) PositionOf(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var offset = (int)Math.Clamp(start + bytePositionInLine, start, Bytes.Length);
        return (line + 1, ColumnOf(start, offset));
    }

    private int ColumnOf(int lineStart, int offset) => Encoding.UTF8.GetCharCount(Bytes, lineStart, offset - lineStart) + 1;
}
